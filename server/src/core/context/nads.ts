// The NetworkAttachmentDefinition a Multus network refers to, among those the workspace defines: `namespace/name`,
// or `name` in the VM's own namespace (KubeVirt's multus.NetAttachDefNamespacedName). A NAD or VM without a written
// namespace matches any namespace (kubectl applies it to whichever namespace it targets).

import type { Context, NadRef } from './context';
import { obj } from '../model/values';

type Obj = Record<string, unknown>;

export function nadRefOf(net: Obj, vmNamespace: string | undefined): { namespace: string | undefined; name: string } | undefined {
  const ref = obj(net['multus'])?.['networkName'];
  if (typeof ref !== 'string' || ref === '') return undefined;
  const slash = ref.indexOf('/');
  return slash >= 0 ? { namespace: ref.slice(0, slash), name: ref.slice(slash + 1) } : { namespace: vmNamespace, name: ref };
}

/** The workspace's NAD for a Multus network (one in the exact namespace first), or undefined. */
export function nadFor(input: { ctx: Pick<Context, 'nads'>; resource: { namespace: string | undefined } }, net: Obj): NadRef | undefined {
  const ref = nadRefOf(net, input.resource.namespace);
  const nads = input.ctx.nads;
  if (!ref || !nads) return undefined;
  const named = nads.filter((d) => d.name === ref.name);
  return (
    named.find((d) => d.namespace !== undefined && d.namespace === ref.namespace) ??
    named.find((d) => d.namespace === undefined || ref.namespace === undefined)
  );
}

/** A NAD's `namespace/name` (or `name` when it names none). */
export function nadLabel(nad: NadRef): string {
  return `${nad.namespace ? `${nad.namespace}/` : ''}${nad.name}`;
}
