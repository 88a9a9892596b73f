// Documents that look like KubeVirt VMs but that no KubeVirt release serves: no apiVersion at all (a doc
// snippet, or a header lost in a copy), an API version KubeVirt no longer serves (kubevirt.io/v1alpha1 and
// v1alpha2 are gone; v1 and the deprecated v1alpha3 are served), or a VM spec without apiVersion and kind.
// kubectl refuses the first ("apiVersion not set") and the API server the second ("no matches for kind"),
// so they are never checked; VM-APIVERSION says so instead of passing them in silence.

import type { Path } from '../types';
import { obj } from './values';

const VM_KINDS = new Set([
  'VirtualMachine',
  'VirtualMachineInstance',
  'VirtualMachineInstanceReplicaSet',
  'VirtualMachinePool',
  'OfflineVirtualMachine',
]);
const SERVED = new Set(['kubevirt.io/v1', 'kubevirt.io/v1alpha3']);

export interface Unserved {
  message: string;
  /** Where to put the warning. */
  at: Path;
  part: 'key' | 'value';
}

/** Why a document that looks like a VM is not one KubeVirt would admit, or undefined. */
export function unservedVm(value: unknown): Unserved | undefined {
  const o = obj(value);
  if (!o) return undefined;
  const kind = typeof o.kind === 'string' ? o.kind : undefined;
  const apiVersion = o.apiVersion;
  if (kind && VM_KINDS.has(kind)) {
    if (apiVersion === undefined || apiVersion === null || apiVersion === '') {
      return {
        message: `this ${kind} has no apiVersion: kubectl refuses it ("apiVersion not set"), so Virtwire does not check it; KubeVirt serves kubevirt.io/v1`,
        at: ['kind'],
        part: 'key',
      };
    }
    if (typeof apiVersion === 'string' && apiVersion.startsWith('kubevirt.io/') && !SERVED.has(apiVersion)) {
      const renamed = kind === 'OfflineVirtualMachine' ? ' (OfflineVirtualMachine became VirtualMachine)' : '';
      return {
        message: `KubeVirt no longer serves ${apiVersion}: the API server answers "no matches for kind ${kind} in version ${apiVersion}", so Virtwire does not check it; use apiVersion: kubevirt.io/v1${renamed}`,
        at: ['apiVersion'],
        part: 'value',
      };
    }
    return undefined;
  }
  if (kind === undefined && (apiVersion === undefined || apiVersion === null)) {
    const spec = obj(o.spec);
    const hasDomain = obj(spec?.domain) !== undefined || obj(obj(obj(spec?.template)?.spec)?.domain) !== undefined;
    if (hasDomain) {
      return {
        message:
          'this looks like a KubeVirt VM (it has a spec.domain) but has no apiVersion and kind: kubectl cannot apply it, so Virtwire does not check it',
        at: ['spec'],
        part: 'key',
      };
    }
  }
  return undefined;
}
