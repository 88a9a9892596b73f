// `virtwire doctor --live VMI`: runs the user's kubectl (with their --context / --kubeconfig / --namespace) to
// fetch the same dumps a person would: the VMI, its launcher pod (by the VMI uid label), the VM, NADs and the
// KubeVirt CR when readable, then the in-pod outputs the doctor asks for (core/doctor/next-steps.ts). kubectl
// runs without a shell, with a time limit and bounded output; its failures are notes, except for the VMI.

import { execFile } from 'node:child_process';
import { HANDLER, handlerLookup, readDump, runDoctor, type Context, type DumpInput, type NextStep } from '../core/index';
import { UsageError } from './io';

export interface KubectlResult {
  code: number;
  stdout: string;
  stderr: string;
}
export type Kubectl = (args: string[]) => Promise<KubectlResult>;

const MAX_OUTPUT = 32 * 1024 * 1024;
const TIMEOUT_MS = 60_000;

/** kubectl from the PATH, no shell. */
export const runKubectl: Kubectl = (args) =>
  new Promise((resolve) => {
    execFile(
      'kubectl',
      args,
      { encoding: 'utf8', maxBuffer: MAX_OUTPUT, timeout: TIMEOUT_MS, windowsHide: true },
      (err, stdout, stderr) => {
        const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 127) : 0;
        resolve({ code, stdout: String(stdout ?? ''), stderr: String(stderr ?? (err ? err.message : '')) });
      },
    );
  });

export interface LiveOptions {
  vmi: string;
  /** --context NAME, --kubeconfig FILE (kept for every call). */
  clusterFlags: string[];
  /** --namespace NS, for the first lookup (later calls name the VMI's namespace). */
  namespace?: string;
}

function excerpt(s: string): string {
  const line = s.trim().split('\n')[0] ?? '';
  return line.length > 160 ? line.slice(0, 160) + '…' : line;
}

async function step(kubectl: Kubectl, s: NextStep, flags: string[], notes: string[]): Promise<string | undefined> {
  let args = s.kubectl;
  if (s.viaHandler) {
    const found = await kubectl([...flags, ...handlerLookup(s.viaHandler.namespace, s.viaHandler.node)]);
    const name = found.stdout
      .trim()
      .split('\n')[0]
      ?.replace(/^pod\//, '');
    if (found.code !== 0 || !name) {
      notes.push(`${s.what}: no virt-handler pod found on node ${s.viaHandler.node}: ${excerpt(found.stderr) || 'no output'}`);
      return undefined;
    }
    args = args.map((a) => (a === HANDLER ? name : a));
  }
  const r = await kubectl([...flags, ...args]);
  if (r.code !== 0) {
    notes.push(`${s.what}: kubectl exited ${r.code}: ${excerpt(r.stderr) || 'no output'}`);
    return undefined;
  }
  return r.stdout;
}

/** Fetches the dump of one VMI; throws UsageError when the VMI itself cannot be read. */
export async function fetchLive(
  o: LiveOptions,
  ctx: Context,
  kubectl: Kubectl = runKubectl,
): Promise<{ inputs: DumpInput[]; notes: string[] }> {
  const notes: string[] = [];
  const flags = o.clusterFlags;
  const ns = o.namespace ? ['-n', o.namespace] : [];
  const vmi = await kubectl([...flags, 'get', 'vmi', o.vmi, ...ns, '-o', 'json']);
  if (vmi.code !== 0) throw new UsageError(`kubectl get vmi ${o.vmi.slice(0, 80)} failed (exit ${vmi.code}): ${excerpt(vmi.stderr)}`);
  const inputs: DumpInput[] = [{ file: `kubectl get vmi ${o.vmi}`, text: vmi.stdout }];
  const first = readDump(inputs);
  const object = first.objects[0]?.value;
  const meta = (object?.metadata ?? {}) as Record<string, unknown>;
  const namespace = typeof meta.namespace === 'string' ? meta.namespace : (o.namespace ?? 'default');
  const uid = typeof meta.uid === 'string' ? meta.uid : undefined;
  const optional = async (what: string, args: string[]): Promise<void> => {
    const r = await kubectl([...flags, ...args]);
    if (r.code === 0) inputs.push({ file: `kubectl ${args.slice(0, 2).join(' ')}`, text: r.stdout });
    else notes.push(`${what}: ${excerpt(r.stderr) || `kubectl exited ${r.code}`}`);
  };
  if (uid) await optional('launcher pod', ['get', 'pod', '-n', namespace, '-l', `kubevirt.io/created-by=${uid}`, '-o', 'json']);
  await optional('NetworkAttachmentDefinitions', ['get', 'network-attachment-definitions', '-n', namespace, '-o', 'json']);
  await optional('KubeVirt CR', ['get', 'kubevirt', '-A', '-o', 'json']);

  // What the doctor still misses, fetched as it would tell a person to.
  const r = runDoctor(readDump(inputs), ctx, { vmi: o.vmi });
  if (r.ok) {
    for (const s of r.report.next) {
      if (s.what === 'pod') continue;
      const text = await step(kubectl, s, flags, notes);
      if (text !== undefined) inputs.push({ file: `kubectl ${s.what}`, text: `# virtwire: ${s.what}\n${text}` });
    }
  }
  return { inputs, notes };
}
