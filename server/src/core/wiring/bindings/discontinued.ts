// slirp / macvtap / passt (the pre-v1.3 core bindings): rejected at creation since v1.3, so nothing is wired.
// admitter/discontinued.go:validateDiscontinuedBindings; on main after v1.9.0 a VMI also gets the
// "exactly one binding" cause (a VM returns early on the discontinued cause).

import type { Interface } from '../../model/api';
import type { WiringError } from '../types';

export const DISCONTINUED_MESSAGES: Record<'slirp' | 'passt' | 'macvtap', string> = {
  slirp: 'Slirp interface support has been discontinued since v1.3',
  passt: 'Passt network binding has been discontinued since v1.3',
  macvtap: 'Macvtap network binding has been discontinued since v1.3',
};

/** What the binding did before it was removed (for hover text). */
export const DISCONTINUED_EXPLANATIONS: Record<'slirp' | 'passt' | 'macvtap', string> = {
  slirp:
    'slirp (QEMU user networking, -netdev user,net=10.0.2.0/24) was removed in v1.3; the slirp binding-plugin sidecar existed up to v1.9.0. Use masquerade or passtBinding.',
  passt:
    'core passt (<interface type="user"> with a passt backend) was removed in v1.3; use passtBinding (v1.8+, feature gate PasstBinding) or the passt binding plugin.',
  macvtap:
    'core macvtap (tap attachment with target = the Multus macvtap pod interface) was removed in v1.3; use the macvtap binding plugin (domainAttachmentType: tap).',
};

export function discontinuedBindingOf(iface: Interface): 'slirp' | 'passt' | 'macvtap' | undefined {
  for (const k of ['slirp', 'passt', 'macvtap'] as const) {
    if (iface[k] !== undefined && iface[k] !== null) return k;
  }
  return undefined;
}

/**
 * Admission causes for discontinued bindings. `specBase` is KubeVirt's base for this check: `spec` on a VM
 * (CREATE runs it on the VM's `spec` and returns early) and on a VMI.
 */
export function discontinuedErrors(interfaces: Interface[], isVM: boolean): WiringError[] {
  const errors: WiringError[] = [];
  interfaces.forEach((iface, i) => {
    const k = discontinuedBindingOf(iface);
    if (k) errors.push({ phase: 'admission', field: `spec.domain.devices.interfaces[${i}].${k}`, message: DISCONTINUED_MESSAGES[k] });
  });
  if (errors.length === 0 || isVM) return errors;
  interfaces.forEach((iface, i) => {
    const counted = ['bridge', 'masquerade', 'sriov', 'passtBinding', 'binding'].filter(
      (b) => (iface as Record<string, unknown>)[b] !== undefined && (iface as Record<string, unknown>)[b] !== null,
    ).length;
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
