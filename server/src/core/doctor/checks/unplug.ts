// Hot-unplug on a pod with ordinal interface names, checklist item "the pod interface": virt-controller copies a
// VM's `state: absent` onto the running VMI only when the pod's secondary interfaces have hashed names
// (pkg/network/controllers/vm.go:applyDynamicIfaceRequestOnVMI, `hasOrdinalIfaces && state == absent` is skipped).
// How it tells the scheme differs by release:
// * v1.6+: namescheme.HasOrdinalSecondaryIfaces(VMI networks, VMI status): the first secondary network with a
//   status podInterfaceName decides; when none has one the scheme is unknown and KubeVirt assumes ordinal;
// * v1.5: the launcher pod's Multus network-status has a netN interface (PodHasOrdinalInterfaceName), and without
//   a pod KubeVirt assumes ordinal.
// New pods always get hashed names (multus/annotation.go uses CreateHashedNetworkNameScheme), so this concerns
// VMs that have been running since before KubeVirt named interfaces by hash, or whose status lacks the names.

import { atLeast } from '../../context/context';
import { interfacesOf, isSecondaryMultus } from '../../model/resource';
import { isOrdinalName } from '../../wiring/naming';
import type { DoctorFinding } from '../types';
import type { Plan } from '../plan';
import { finding, fieldOrName, q, type Check } from './common';
import { isObject } from '../../model/values';

/** The VM template's interfaces, by name. */
function vmInterfaces(plan: Plan): Map<string, Record<string, unknown>> {
  const spec = plan.subject.vm?.value.spec;
  const tmpl = isObject(spec) && isObject(spec.template) && isObject(spec.template.spec) ? spec.template.spec : undefined;
  const named = interfacesOf(tmpl).filter((i) => typeof i.name === 'string');
  return new Map(named.map((i) => [i.name as string, i as Record<string, unknown>]));
}

/** Whether virt-controller considers the pod ordinal, and why (null: it does not). */
function ordinalReason(plan: Plan): string | null {
  if (atLeast(plan.ctx, 'v1.6')) {
    const secondary = plan.ifaces.filter((p) => isSecondaryMultus(p.network));
    if (secondary.length === 0) return null;
    const named = secondary.find((p) => p.status?.podInterfaceName);
    if (named)
      return isOrdinalName(named.status!.podInterfaceName!)
        ? `status names ${named.name}'s pod interface ${q(named.status!.podInterfaceName)}`
        : null;
    return 'no secondary network has a podInterfaceName in status, so KubeVirt cannot tell and assumes ordinal names';
  }
  if (!plan.subject.pod) return 'without a launcher pod KubeVirt assumes ordinal names';
  const ns = plan.networkStatus.state === 'ok' ? plan.networkStatus.entries : [];
  const hit = ns.find((e) => e.interface !== undefined && isOrdinalName(e.interface));
  return hit ? `the pod's network-status has interface ${q(hit.interface)}` : null;
}

export const ordinalUnplug: Check = (plan: Plan): DoctorFinding[] => {
  const vm = vmInterfaces(plan);
  if (vm.size === 0) return [];
  const out: DoctorFinding[] = [];
  let reason: string | null | undefined;
  for (const p of plan.ifaces) {
    if (p.absent || vm.get(p.name)?.state !== 'absent') continue;
    reason ??= ordinalReason(plan);
    if (reason === null) return out; // hashed names: the unplug is passed on (it may be under way)
    out.push(
      finding({
        code: 'DR-POD-07',
        check: 'pod',
        iface: p,
        message: `${p.name}: the VM asks to hot-unplug this interface (state: absent), but KubeVirt does not pass that on to a VMI whose pod has ordinal interface names (${reason}): the interface stays until the VM restarts`,
        expected: 'state: absent on the VMI (hashed pod interface names)',
        actual: `${p.iface.state ? `state: ${p.iface.state}` : 'no state'} on the VMI (ordinal names)`,
        target: fieldOrName(p, 'state'),
      }),
    );
  }
  return out;
};
