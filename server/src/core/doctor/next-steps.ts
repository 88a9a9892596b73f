// The commands to run next for what the dump did not let doctor check: exact `kubectl` lines for this VMI's
// launcher pod. Sources of the forms used:
// * ip/virsh in the launcher's `compute` container, the way KubeVirt's e2e tests do it (tests/network/sriov.go
//   `ip address show` in "compute"; tests/libdomain/domain.go: `virsh [-c qemu+unix:///session?socket=/var/run/
//   libvirt/virtqemud-sock] dumpxml <namespace>_<name>`, the session URI for non-root VMIs; the domain name is
//   api.VMINamespaceKeyFunc, "<namespace>_<name>").
// * nft cannot list the ruleset from `compute`: that container has no CAP_NET_ADMIN (pkg/virt-controller/services/
//   rendercontainer.go:requiredCapabilities adds only NET_BIND_SERVICE, and SYS_NICE for root VMIs). KubeVirt's own
//   test reporter lists it from virt-handler in the pod's network namespace (tests/reporter/kubernetes.go:
//   `pgrep -f "monitor.*uid <VMI uid>"`, then `nsenter -t <pid> -n -- nft list ruleset`).

import type { Plan } from './plan';
import { meta } from './subject';

export interface NextStep {
  /** What the command dumps (the checks it enables). */
  what: 'pod' | 'ip-addr' | 'nft' | 'domxml';
  /** A comment shown above the command. */
  note?: string;
  command: string;
  /** The file the command writes. */
  file: string;
}

/** Quotes a shell word when it needs it (names from the dump are printed, never executed by us). */
export function shellWord(s: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

function isNonRoot(plan: Plan): boolean {
  const ann = plan.resource.annotations ?? {};
  if (Object.prototype.hasOwnProperty.call(ann, 'kubevirt.io/nonroot')) return true;
  const ru = plan.resource.status?.runtimeUser;
  return typeof ru === 'number' ? ru !== 0 : true;
}

export function nextSteps(plan: Plan): NextStep[] {
  const out: NextStep[] = [];
  const { namespace, name, uid } = plan.subject;
  const ns = shellWord(namespace);
  if (!plan.subject.pod) {
    const selector = uid ? `kubevirt.io/created-by=${uid}` : `kubevirt.io=virt-launcher,vm.kubevirt.io/name=${name}`;
    out.push({ what: 'pod', command: `kubectl get pod -n ${ns} -l ${shellWord(selector)} -o yaml > pod.yaml`, file: 'pod.yaml' });
    return out; // the exec lines need the pod's name
  }
  const pod = shellWord(String(meta(plan.subject.pod).name ?? ''));
  const exec = `kubectl exec -n ${ns} ${pod} -c compute --`;
  if (!plan.dump.ipAddr) {
    out.push({ what: 'ip-addr', command: `${exec} ip -d -j addr > ip-addr.json`, file: 'ip-addr.json' });
  }
  const masquerade = plan.ifaces.some((p) => !p.absent && p.binding === 'masquerade');
  if (!plan.dump.nft && masquerade && uid) {
    const podSpec = plan.subject.pod.value.spec as Record<string, unknown> | undefined;
    const node = plan.nodeName ?? (typeof podSpec?.nodeName === 'string' ? podSpec.nodeName : 'NODE');
    const kvNs = shellWord(typeof plan.subject.kubevirt !== 'undefined' ? String(meta(plan.subject.kubevirt).namespace ?? 'kubevirt') : 'kubevirt');
    out.push({
      what: 'nft',
      note: 'nft needs CAP_NET_ADMIN, which the compute container lacks: list the ruleset from virt-handler on the node, in the pod\'s network namespace',
      command:
        `kubectl exec -n ${kvNs} "$(kubectl get pod -n ${kvNs} -l kubevirt.io=virt-handler --field-selector spec.nodeName=${shellWord(node)} -o name)" -c virt-handler -- ` +
        `bash -c 'nsenter -t "$(pgrep -f "monitor.*uid ${uid}" | head -1)" -n -- nft -j list ruleset' > nft.json`,
      file: 'nft.json',
    });
  }
  if (!plan.dump.domain) {
    const connect = isNonRoot(plan) ? `-c 'qemu+unix:///session?socket=/var/run/libvirt/virtqemud-sock' ` : '';
    out.push({ what: 'domxml', command: `${exec} virsh ${connect}dumpxml ${shellWord(`${namespace}_${name}`)} > domain.xml`, file: 'domain.xml' });
  }
  return out;
}
