// slirp / macvtap / passt (the pre-v1.3 core bindings): rejected at creation since v1.3, so nothing is wired.
// admitter/discontinued.go:validateDiscontinuedBindings; on main after v1.9.0 a VMI also gets the
// "exactly one binding" cause (a VM returns early on the discontinued cause).

import type { Interface } from '../../model/api';
import { COUNTED_BINDINGS, DISCONTINUED, discontinuedBindingOf } from '../../model/bindings';
import type { WiringError } from '../types';

/**
 * Admission causes for discontinued bindings. `specBase` is KubeVirt's base for this check: `spec` on a VM
 * (CREATE runs it on the VM's `spec` and returns early) and on a VMI.
 */
export function discontinuedErrors(interfaces: Interface[], isVM: boolean): WiringError[] {
  const errors: WiringError[] = [];
  interfaces.forEach((iface, i) => {
    const k = discontinuedBindingOf(iface);
    if (k) errors.push({ phase: 'admission', field: `spec.domain.devices.interfaces[${i}].${k}`, message: DISCONTINUED[k].message });
  });
  if (errors.length === 0 || isVM) return errors;
  interfaces.forEach((iface, i) => {
    const counted = COUNTED_BINDINGS.filter((b) => iface[b] !== undefined && iface[b] !== null).length;
    if (counted !== 1) {
      errors.push({
        phase: 'admission',
        field: `spec.domain.devices.interfaces[${i}]`,
        message: `logical ${iface.name} interface must have exactly one binding method or binding plugin`,
        since: 'main after v1.9.0',
      });
    }
  });
  return errors;
}
