// Quick fixes: for each finding, the minimal text edits that fix it (one file per fix). Every edit is
// computed from the YAML syntax tree's ranges, so comments and formatting around it stay as written.
// Fixes come preferred-first; the language server offers the preferred ones in `source.fixAll.virtwire`.

import type { FileAnalysis } from '../analyze';
import type { PlacedFinding } from '../types';
import type { Fix } from './fix';
import { addBinding } from './add-binding';
import { addMissingInterface } from './add-missing-interface';
import { addMissingNetwork } from './add-missing-network';
import { fixBridgePodMigration } from './bridge-pod-migration';
import { chooseOtherMac } from './choose-other-mac';
import { didYouMean } from './did-you-mean';
import { fixValueCase } from './fix-value-case';
import { dropPorts, isIgnoredPortsNote } from './drop-ports';
import { forwardPort } from './forward-port';
import { normaliseMacFix } from './normalise-mac';
import { pinMac } from './pin-mac';
import { quoteYaml11Scalar } from './quote-yaml11-scalar';
import { removeDuplicate } from './remove-duplicate';
import { removeState } from './remove-state';
import { renamePort } from './rename-port';
import { renameToMatch } from './rename-to-match';
import { replaceDiscontinuedBinding } from './replace-discontinued-binding';
import { splitMergePortRanges } from './split-merge-port-ranges';
import { switchBinding } from './switch-binding';
import { targetOf, type FixTarget } from './target';
import { uppercaseProtocol } from './uppercase-protocol';
import { useRegisteredPlugin } from './use-registered-plugin';

export type { Fix, TextEdit } from './fix';

type Provider = (t: FixTarget) => Fix[];

/** Fix providers by diagnostic code, in the order their fixes are listed. */
const BY_CODE: Record<string, Provider[]> = {
  'IFACE-02': [renameToMatch, addMissingNetwork],
  'NET-08': [renameToMatch, addMissingInterface],
  'IFACE-01': [removeDuplicate],
  'NET-07': [removeDuplicate],
  'PORT-01': [removeDuplicate],
  'YAML-DUPKEY': [removeDuplicate],
  'DISC-01': [replaceDiscontinuedBinding],
  'DISC-02': [replaceDiscontinuedBinding],
  'DISC-03': [replaceDiscontinuedBinding],
  'OLD-SLIRP-CFG': [replaceDiscontinuedBinding],
  'OLD-SLIRP-POD': [replaceDiscontinuedBinding],
  'OLD-PASST-FG': [replaceDiscontinuedBinding],
  'OLD-MACVTAP-FG': [replaceDiscontinuedBinding],
  'PORT-05': [uppercaseProtocol],
  'PR-05': [uppercaseProtocol],
  'PR-02': [dropPorts],
  'PR-03': [dropPorts],
  'N-10': [dropPorts],
  'IFACE-05': [normaliseMacFix],
  'BIND-03': [chooseOtherMac],
  'PR-09': [splitMergePortRanges],
  'SCHEMA-06': [quoteYaml11Scalar],
  'SCHEMA-04': [didYouMean],
  'SCHEMA-05': [fixValueCase],
  'IFACE-04': [fixValueCase],
  'STATE-01': [fixValueCase],
  'STATE-02': [removeState],
  'PORT-02': [renamePort],
  'BIND-02': [switchBinding],
  'BIND-04': [switchBinding],
  'BIND-06': [switchBinding],
  'BIND-01': [addBinding],
  // pitfalls (rules/runtime/)
  'NO-BINDING': [addBinding],
  'N-01': [useRegisteredPlugin],
  'MAC-UNPINNED': [pinMac],
  'PASST-LINK-STATE': [removeState],
  'PORTS-UNFORWARDED': [forwardPort],
  'BRIDGE-POD-MIGRATION': [fixBridgePodMigration],
};

/** Codes that have at least one quick fix (the README's codes table marks them). */
export const FIXABLE_CODES: readonly string[] = Object.keys(BY_CODE);

/** Quick fixes for one finding (preferred first). */
export function fixesFor(file: FileAnalysis, finding: PlacedFinding): Fix[] {
  const t = targetOf(file, finding);
  if (!t) return [];
  const providers = BY_CODE[finding.code] ?? (isIgnoredPortsNote(t) ? [dropPorts] : []);
  const out: Fix[] = [];
  for (const p of providers) {
    try {
      out.push(...p(t));
    } catch {
      // a fix that cannot be computed is simply not offered
    }
  }
  return out
    .map((f, i) => ({ f, i }))
    .sort((a, b) => Number(!!b.f.isPreferred) - Number(!!a.f.isPreferred) || a.i - b.i)
    .map(({ f }) => f);
}
