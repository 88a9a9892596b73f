// How a wiring value is written inside XML attributes and nft arguments: as itself, or, when only the running
// pod (libvirt, a sidecar) knows it, as the `{{fromPod:…}}` placeholder the wiring cases use.

import { runtimeKind } from './markdown';

export function inlineValue(v: string | number): string {
  return typeof v === 'string' && runtimeKind(v) ? `{{${v}}}` : String(v);
}
