// Multiqueue capacity (converter/network/virtio-queues.go:NetworkQueuesCapacity): 0 unless
// `networkInterfaceMultiqueue: true`; then sockets × cores × threads of the guest CPU topology, where an
// unset topology takes the CPU limit (else request) as sockets, rounded up like resource.Quantity.Value();
// capped at 256.

import type { VMISpec } from '../model/api';

export const MAX_QUEUES = 256;

/** resource.Quantity.Value() of a CPU quantity: the value rounded up to an integer. */
export function quantityValue(q: unknown): number | undefined {
  if (typeof q === 'number') return Math.ceil(q);
  if (typeof q !== 'string') return undefined;
  const m = /^([+-]?\d*\.?\d+(?:[eE][+-]?\d+)?)(m|k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei|n|u)?$/.exec(q.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const mult: Record<string, number> = {
    n: 1e-9,
    u: 1e-6,
    m: 1e-3,
    '': 1,
    k: 1e3,
    M: 1e6,
    G: 1e9,
    T: 1e12,
    P: 1e15,
    E: 1e18,
    Ki: 1024,
    Mi: 1024 ** 2,
    Gi: 1024 ** 3,
    Ti: 1024 ** 4,
    Pi: 1024 ** 5,
    Ei: 1024 ** 6,
  };
  const v = n * mult[m[2] ?? '']!;
  // Avoid float noise such as 0.1*3 for milli values.
  return Math.ceil(Math.round(v * 1e9) / 1e9);
}

function positiveInt(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? Math.floor(v) : 0;
}

export function vcpuCount(spec: VMISpec): number {
  const cpu = spec.domain?.cpu;
  let cores = positiveInt(cpu?.cores) || 1;
  let threads = positiveInt(cpu?.threads) || 1;
  let sockets = positiveInt(cpu?.sockets) || 1;
  if (!cpu || (!positiveInt(cpu.cores) && !positiveInt(cpu.sockets) && !positiveInt(cpu.threads))) {
    cores = 1;
    threads = 1;
    const res = spec.domain?.resources;
    const limit = res?.limits?.['cpu'];
    const request = res?.requests?.['cpu'];
    if (limit !== undefined) sockets = quantityValue(limit) ?? 1;
    else if (request !== undefined) sockets = quantityValue(request) ?? 1;
  }
  return sockets * cores * threads;
}

export function queuesCapacity(spec: VMISpec): number {
  if (spec.domain?.devices?.networkInterfaceMultiqueue !== true) return 0;
  return Math.min(vcpuCount(spec), MAX_QUEUES);
}
