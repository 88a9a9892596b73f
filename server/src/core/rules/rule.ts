// The one shape of a rule: a function of the rule input (input.ts: the resource, its defaulted spec, KubeVirt's
// base field path and the context) that returns findings, each made by finding(). Admission rules (net/, spec/)
// report KubeVirt's causes: its code, severity error, its message and field path verbatim; runtime rules
// (runtime/) report what admission accepts but breaks later, as a warning or less, with `field: null`. Every rule
// file has a test of the same name under test/rules/ (the finding, and a valid neighbour that gets none).

import type { Finding, Path, Related } from '../types';
import type { RuleInput } from './input';

/** A rule: its findings for one resource, in KubeVirt's order. */
export type Rule = (input: RuleInput) => Finding[];

export interface FindingExtra {
  /** Highlight the key or the value at `at` (default: the key of a mapping entry). */
  part?: 'key' | 'value';
  /** The other half: the network of an interface, the first duplicate, … */
  related?: readonly Related[];
  /** Facts for quick fixes (never shown). */
  data?: Record<string, unknown>;
  /** Default `error` (the cluster rejects the object). */
  severity?: Finding['severity'];
}

/**
 * A finding: `code` (codes/), the message (KubeVirt's, verbatim, for admission causes), the field path KubeVirt
 * reports (null when it reports none) and where it belongs in the document (an object path).
 */
export function finding(code: string, message: string, field: string | null, at: Path, extra: FindingExtra = {}): Finding {
  return {
    code,
    severity: extra.severity ?? 'error',
    message,
    field,
    at,
    ...(extra.part ? { part: extra.part } : {}),
    ...(extra.related && extra.related.length ? { related: extra.related } : {}),
    ...(extra.data ? { data: extra.data } : {}),
  };
}
