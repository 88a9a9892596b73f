// PORTS-UNFORWARDED · a masquerade or passtBinding interface with a `ports` list that leaves out a port the VM's own
// httpGet/tcpSocket probes, or a Service in the workspace that selects the VM, send traffic to. Verified in
// KubeVirt's source: with a `ports` list, masquerade adds a DNAT only for the listed ports (pkg/network/setup/netpod/
// masquerade/masquerade.go@v1.9.0; no list: every port), passt forwards only them (its <portForward> ranges);
// httpGet/tcpSocket probes are copied to the launcher pod as they are (pkg/virt-controller/services/template.go
// copyProbe), so the kubelet probes the pod IP; and the listed ports become the compute container's ports with their
// names (rendercontainer.go containerPortsFromVMI), which a Service's named targetPort resolves to.
// Ranges (`portRanges`, with the PortRangesSpec gate) count as forwarded.

import { featureGateEnabled } from '../../context/context';
import type { ServiceRef } from '../../context/context';
import type { Finding } from '../../types';
import { list, num, obj, present, str } from '../../go/fmt';
import { ifaceAt, networksByName, type Obj } from '../net/common';
import { interfacesOf, isPod, nameOf } from '../../model/resource';
import { finding, type Rule } from '../rule';

interface Target {
  /** A port number, or a named port of the container. */
  port: number | string;
  protocol: string;
  /** Who sends traffic there, in words. */
  who: string;
  /** The Service, for a Service's port. */
  service?: string;
  /** Where it is written in this document (a probe's port). */
  where?: readonly (string | number)[];
}

/** The VMI's labels as the template writes them (a Service selects the launcher pod, which carries them). */
function vmiLabels(object: Obj, kind: string): Record<string, string> {
  const path =
    kind === 'VirtualMachineInstance'
      ? ['metadata']
      : kind === 'VirtualMachinePool'
        ? ['spec', 'virtualMachineTemplate', 'spec', 'template', 'metadata']
        : ['spec', 'template', 'metadata'];
  let cur: unknown = object;
  for (const k of path) cur = obj(cur)?.[k];
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj(obj(cur)?.['labels']) ?? {})) out[k] = String(v);
  return out;
}

function selects(svc: ServiceRef, labels: Record<string, string>, namespace: string | undefined): boolean {
  const keys = Object.keys(svc.selector);
  if (keys.length === 0) return false;
  if (svc.namespace !== undefined && namespace !== undefined && svc.namespace !== namespace) return false;
  if (svc.namespace !== undefined && namespace === undefined && !svc.local) return false;
  return keys.every((k) => labels[k] === svc.selector[k]);
}

function probeTargets(spec: Obj, basePath: readonly (string | number)[]): Target[] {
  const out: Target[] = [];
  for (const probe of ['readinessProbe', 'livenessProbe'] as const) {
    const p = obj(spec[probe]);
    for (const handler of ['httpGet', 'tcpSocket'] as const) {
      const h = obj(p?.[handler]);
      if (!h) continue;
      const port = h['port'];
      if (typeof port === 'number' || (typeof port === 'string' && port !== '')) {
        const value = typeof port === 'string' && /^\d+$/.test(port) ? Number(port) : port;
        out.push({
          port: value,
          protocol: 'TCP',
          who: `the ${probe === 'readinessProbe' ? 'readiness' : 'liveness'} probe (${handler})`,
          where: [...basePath, probe, handler, 'port'],
        });
      }
    }
  }
  return out;
}

export const checkPortsUnforwarded: Rule = (input) => {
  const byName = networksByName(input);
  const iIdx = interfacesOf(input.spec).findIndex(
    (iface) => (present(iface, 'masquerade') || present(iface, 'passtBinding')) && isPod(byName.get(nameOf(iface))?.net),
  );
  if (iIdx < 0) return [];
  const iface = interfacesOf(input.spec)[iIdx]!;
  const ports = (list(iface['ports']) ?? []).map((p) => obj(p) ?? {});
  const rangesOn = featureGateEnabled(input.ctx, 'PortRangesSpec');
  const ranges = rangesOn ? (list(iface['portRanges']) ?? []).map((p) => obj(p) ?? {}) : [];
  if (ports.length === 0 && ranges.length === 0) return []; // no list: every port reaches the guest
  const proto = (p: Obj): string => (str(p['protocol']) || 'TCP').toUpperCase();
  const forwarded = (t: Target): boolean => {
    if (typeof t.port === 'string') return ports.some((p) => str(p['name']) === t.port && proto(p) === t.protocol);
    return (
      ports.some((p) => num(p['port']) === t.port && proto(p) === t.protocol) ||
      ranges.some((r) => proto(r) === t.protocol && num(r['start']) <= (t.port as number) && (t.port as number) <= num(r['end']))
    );
  };
  const targets: Target[] = probeTargets(obj(input.spec) ?? {}, input.basePath);
  const labels = vmiLabels(input.resource.object, input.resource.kind);
  for (const svc of input.ctx.services ?? []) {
    if (!selects(svc, labels, input.resource.namespace)) continue;
    for (const p of svc.ports) {
      targets.push({
        port: p.targetPort,
        protocol: p.protocol,
        who: `Service ${svc.namespace ? `${svc.namespace}/` : ''}${svc.name} (port ${p.port})`,
        service: svc.name,
      });
    }
  }
  const name = nameOf(iface);
  const binding = present(iface, 'masquerade') ? 'masquerade' : 'passtBinding';
  const listed = [
    ...ports.map((p) => `${typeof p['port'] === 'number' ? p['port'] : '?'}/${proto(p)}`),
    ...ranges.map((r) => `${num(r['start'])}-${num(r['end'])}/${proto(r)}`),
  ].join(', ');
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const t of targets) {
    if (forwarded(t)) continue;
    const key = `${t.port}/${t.protocol}/${t.who}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const what = typeof t.port === 'string' ? `the named port ${JSON.stringify(t.port)}` : `port ${t.port}/${t.protocol}`;
    const effect = t.service
      ? typeof t.port === 'string'
        ? 'no listed port has that name, so the Service has no endpoint for it'
        : 'connections through the Service reach the pod, not the guest, and are refused'
      : 'the probe fails, so the VMI is never ready (a liveness probe restarts it)';
    const fix =
      typeof t.port === 'string'
        ? `name a listed port ${JSON.stringify(t.port)}`
        : `add port ${t.port}${t.protocol === 'TCP' ? '' : ` (protocol ${t.protocol})`} to ports`;
    out.push(
      finding(
        'PORTS-UNFORWARDED',
        `${binding} forwards only the ports listed on interface ${JSON.stringify(name)} (${listed}) to the guest; ${t.who} targets ${what}, which is not among them: ${effect}. ${fix[0]!.toUpperCase()}${fix.slice(1)}, or remove the list to forward every port`,
        null,
        ifaceAt(input, iIdx, ports.length > 0 ? 'ports' : 'portRanges'),
        {
          severity: 'warning',
          part: 'key',
          ...(t.where ? { related: [{ at: t.where, part: 'value' as const, message: `${t.who}` }] } : {}),
          data: {
            interfaceIndex: iIdx,
            name,
            port: t.port,
            protocol: t.protocol,
            source: t.service ? 'service' : 'probe',
            ...(t.service ? { service: t.service } : {}),
          },
        },
      ),
    );
  }
  return out;
};
