// The commands to run next for what the dump did not let doctor check: exact `kubectl` lines for this VMI's
// launcher pod (printed by the text report, run by `--live`). Sources of the forms used:
// * ip/virsh in the launcher's `compute` container, the way KubeVirt's e2e tests do it (tests/network/sriov.go
//   `ip address show` in "compute"; tests/libdomain/domain.go: `virsh [-c qemu+unix:///session?socket=/var/run/
//   libvirt/virtqemud-sock] dumpxml <namespace>_<name>`, the session URI for non-root VMIs; the domain name is
//   api.VMINamespaceKeyFunc, "<namespace>_<name>").
// * nft cannot list the ruleset from `compute`: that container has no CAP_NET_ADMIN (pkg/virt-controller/services/
//   rendercontainer.go:requiredCapabilities adds only NET_BIND_SERVICE, and SYS_NICE for root VMIs). KubeVirt's own
//   test reporter lists it from virt-handler in the pod's network namespace (tests/reporter/kubernetes.go:
//   `pgrep -f "monitor.*uid <VMI uid>"`, then `nsenter -t <pid> -n -- nft list ruleset`); virt-handler pods carry
//   the label kubevirt.io=virt-handler.

import type { Plan } from './plan';
import { meta } from './subject';

export interface NextStep {
  /** What the command dumps (the checks it enables). */
  what: 'pod' | 'ip-addr' | 'nft' | 'domxml';
  /** A comment shown above the command. */
  note?: string;
  /** kubectl's arguments (the user's --context/--kubeconfig go first). `HANDLER` stands for the virt-handler pod. */
  kubectl: string[];
  /** The step runs in the virt-handler pod of this node, which must be looked up first (see handlerLookup). */
  viaHandler?: { namespace: string; node: string };
  /** The file the command writes. */
  file: string;
}

export const HANDLER = 'HANDLER';
const SESSION_URI = 'qemu+unix:///session?socket=/var/run/libvirt/virtqemud-sock';
const UID = /^[0-9a-fA-F-]{8,64}$/;

/** Quotes a shell word when it needs it (names from the dump are printed, never executed by us). */
export function shellWord(s: string): string {
  return /^[A-Za-z0-9_./:=@%+-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** kubectl arguments that find the virt-handler pod of a node (prints `pod/<name>`). */
export function handlerLookup(namespace: string, node: string): string[] {
  return ['get', 'pod', '-n', namespace, '-l', 'kubevirt.io=virt-handler', '--field-selector', `spec.nodeName=${node}`, '-o', 'name'];
}

/** The shell line of a step, as printed for a person. */
export function stepCommand(s: NextStep): string {
  const words = s.kubectl.map((w) =>
    w === HANDLER && s.viaHandler
      ? `"$(kubectl ${handlerLookup(s.viaHandler.namespace, s.viaHandler.node).map(shellWord).join(' ')})"`
      : shellWord(w),
  );
  return `kubectl ${words.join(' ')} > ${s.file}`;
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
  if (!plan.subject.pod) {
    const selector = uid ? `kubevirt.io/created-by=${uid}` : `kubevirt.io=virt-launcher,vm.kubevirt.io/name=${name}`;
    out.push({ what: 'pod', kubectl: ['get', 'pod', '-n', namespace, '-l', selector, '-o', 'yaml'], file: 'pod.yaml' });
    return out; // the exec lines need the pod's name
  }
  const pod = String(meta(plan.subject.pod).name ?? '');
  const exec = ['exec', '-n', namespace, pod, '-c', 'compute', '--'];
  if (!plan.dump.ipAddr) out.push({ what: 'ip-addr', kubectl: [...exec, 'ip', '-d', '-j', 'addr'], file: 'ip-addr.json' });
  const masquerade = plan.ifaces.some((p) => !p.absent && p.binding === 'masquerade');
  if (!plan.dump.nft && masquerade && uid && UID.test(uid)) {
    const podSpec = plan.subject.pod.value.spec as Record<string, unknown> | undefined;
    const node = plan.nodeName ?? (typeof podSpec?.nodeName === 'string' ? podSpec.nodeName : 'NODE');
    const kvNs = plan.subject.kubevirt ? String(meta(plan.subject.kubevirt).namespace ?? 'kubevirt') : 'kubevirt';
    out.push({
      what: 'nft',
      note: "nft needs CAP_NET_ADMIN, which the compute container lacks: list the ruleset from virt-handler on the node, in the pod's network namespace",
      kubectl: [
        'exec',
        '-n',
        kvNs,
        HANDLER,
        '-c',
        'virt-handler',
        '--',
        'bash',
        '-c',
        `nsenter -t "$(pgrep -f "monitor.*uid ${uid}" | head -1)" -n -- nft -j list ruleset`,
      ],
      viaHandler: { namespace: kvNs, node },
      file: 'nft.json',
    });
  }
  if (!plan.dump.domain) {
    const connect = isNonRoot(plan) ? ['-c', SESSION_URI] : [];
    out.push({ what: 'domxml', kubectl: [...exec, 'virsh', ...connect, 'dumpxml', `${namespace}_${name}`], file: 'domain.xml' });
  }
  return out;
}
