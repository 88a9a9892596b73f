// NAD-MISSING: a Multus network names a NetworkAttachmentDefinition (`name` or `namespace/name`, the
// VMI's namespace by default) that none of the workspace's manifests define. Checked only when the
// context knows the NADs; a NAD without a namespace matches any namespace.

import type { Finding } from '../../types';
import { obj, str } from '../../go/fmt';
import { cause, isMultusNet, nameOf, netAt, networks, type NetRule } from '../net/common';

export const checkNadExists: NetRule = (input) => {
  const nads = input.ctx.nads;
  if (!nads) return [];
  const out: Finding[] = [];
  const defaultNs = input.resource.namespace ?? 'default';
  networks(input).forEach((net, n) => {
    if (!isMultusNet(net)) return;
    const ref = str(obj(net['multus'])?.['networkName']);
    if (ref === '') return;
    const slash = ref.indexOf('/');
    const ns = slash >= 0 ? ref.slice(0, slash) : defaultNs;
    const name = slash >= 0 ? ref.slice(slash + 1) : ref;
    if (nads.some((d) => d.name === name && (d.namespace === undefined || d.namespace === ns))) return;
    const sameName = nads.filter((d) => d.name === name).map((d) => `${d.namespace ?? ''}/${d.name}`);
    out.push(
      cause('NAD-MISSING', `NetworkAttachmentDefinition ${ns}/${name} is not defined in the workspace: the launcher pod cannot attach network ${JSON.stringify(nameOf(net))}`, null, netAt(input, n, 'multus', 'networkName'), {
        severity: 'warning',
        part: 'value',
        data: { networkIndex: n, namespace: ns, nadName: name, candidates: sameName.length ? sameName : nads.map((d) => (d.namespace ? `${d.namespace}/${d.name}` : d.name)) },
      }),
    );
  });
  return out;
};
