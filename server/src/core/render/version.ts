// The "which KubeVirt release judged this" lines of the hover and the "Show wiring" header.

import type { DocAnalysis, FileAnalysis } from '../analyze';
import type { Context } from '../context/context';
import { versionLabel, versionRank } from '../context/version';
import { WIRING_DIFFERENCES } from '../releases/wiring';
import { nextRejection } from '../upgrade';
import type { ResourceWiring } from '../wiring/types';
import { code, esc } from './markdown';
import { podAnnotationsJson } from './wiring-json';

const FROM: Record<Context['kubevirtVersionSource'], string> = {
  default: "the latest release; set virtwire.kubevirtVersion or add the cluster's KubeVirt CR to change it",
  setting: 'from virtwire.kubevirtVersion',
  cluster: "from the cluster's KubeVirt CR, status.observedKubeVirtVersion",
};

/** `KubeVirt v1.8 (from virtwire.kubevirtVersion)` */
export function judgedAs(ctx: Context): string {
  return `${versionLabel(ctx.kubevirtVersion)} (${FROM[ctx.kubevirtVersionSource]})`;
}

const FROM_SHORT: Record<Context['kubevirtVersionSource'], string> = {
  default: 'the latest release',
  setting: 'virtwire.kubevirtVersion',
  cluster: "the cluster's KubeVirt CR",
};

/** The same in a short line: `Admission as KubeVirt v1.9 (the latest release)`. */
export function judgedLineShort(ctx: Context): string {
  return `*Admission as ${esc(versionLabel(ctx.kubevirtVersion))} (${esc(FROM_SHORT[ctx.kubevirtVersionSource])}).*`;
}

/** The hover's closing line: which release's admission judged the resource. */
export function judgedLine(ctx: Context): string {
  return `*Admission as ${esc(judgedAs(ctx))}.*`;
}

/** "KubeVirt v1.9 would reject this VirtualMachine: …" when a later release rejects what this one accepts. */
export function laterRejectionLine(file: FileAnalysis, doc: DocAnalysis): string | undefined {
  let next: ReturnType<typeof nextRejection>;
  try {
    next = nextRejection(file, doc);
  } catch {
    return undefined;
  }
  if (!next) return undefined;
  const first = next.errors[0]!;
  const more = next.errors.length > 1 ? ` (and ${next.errors.length - 1} more)` : '';
  return (
    `**Upgrade:** ${esc(versionLabel(next.version))} would reject this ${esc(doc.resource!.kind)}: ` +
    `${first.field ? `${code(first.field)}: ` : ''}${esc(first.message)} *(${esc(first.code)})*${more}.`
  );
}

/** What the chosen release builds differently from the main wiring shown (releases/wiring.ts). */
export function wiringDifferenceLines(ctx: Context, wiring: ResourceWiring): string[] {
  const v = ctx.kubevirtVersion;
  const annotations = podAnnotationsJson(wiring.annotations);
  return WIRING_DIFFERENCES.filter((d) => versionRank(v) < versionRank(d.since) && annotations[d.annotation] !== undefined).map(
    (d) => `*${esc(versionLabel(v))} ${d.text}.*`,
  );
}
