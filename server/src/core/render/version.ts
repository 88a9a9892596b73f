// The "which KubeVirt release judged this" lines of the hover and the "Show wiring" header.

import type { Context } from '../context/context';
import { versionLabel } from '../context/version';
import { esc } from './markdown';

const FROM: Record<Context['kubevirtVersionSource'], string> = {
  default: 'the latest release; set virtwire.kubevirtVersion or add the cluster\'s KubeVirt CR to change it',
  setting: 'from virtwire.kubevirtVersion',
  cluster: 'from the cluster\'s KubeVirt CR, status.observedKubeVirtVersion',
};

/** `KubeVirt v1.8 (from virtwire.kubevirtVersion)` */
export function judgedAs(ctx: Context): string {
  return `${versionLabel(ctx.kubevirtVersion)} (${FROM[ctx.kubevirtVersionSource]})`;
}

/** The hover's closing line: which release's admission judged the resource. */
export function judgedLine(ctx: Context): string {
  return `*Admission as ${esc(judgedAs(ctx))}.*`;
}
