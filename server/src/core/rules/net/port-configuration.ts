// PORT-01..05 · netiface.go validatePortConfiguration: ports are checked only on the pod network (any
// binding). All name checks first (duplicate, then format, per port), then per port: non-zero, range,
// protocol. Up to v1.8 PORT-03/04 report the port entry and accept 65536 (releases/admission.ts).

import type { RuleInput } from '../input';
import type { Finding } from '../../types';
import { list, num, obj, str } from '../../go/fmt';
import { ifaceAt, ifaceField, type Obj } from './common';
import { isPod } from '../../model/resource';
import { finding } from '../rule';
import { valueFor } from '../../releases/by-release';
import { PORT_CAUSE_ON_PORT_KEY, PORT_MAX_ACCEPTED } from '../../releases/admission';

/** The protocols a forwarded port (and a port range) may name, exactly so. */
export const PORT_PROTOCOLS: readonly string[] = ['TCP', 'UDP'];

/** k8s.io/apimachinery validation.IsValidPortName: true when valid. */
export function isValidPortName(name: string): boolean {
  if (name.length > 15) return false;
  if (!/^[-a-z0-9]+$/.test(name)) return false;
  if (!/[a-z]/.test(name)) return false;
  if (name.includes('--')) return false;
  return !(name.startsWith('-') || name.endsWith('-'));
}

function suggestPortName(name: string): string {
  let s = name
    .toLowerCase()
    .replace(/[^-a-z0-9]/g, '-')
    .replace(/-+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (!/[a-z]/.test(s)) s = `p${s}`;
  return s.slice(0, 15).replace(/-+$/, '');
}

export function validatePortConfiguration(input: RuleInput, i: number, iface: Obj, name: string, net: Obj | undefined): Finding[] {
  const ports = list(iface['ports']);
  if (!isPod(net) || ports === null) return [];
  const out: Finding[] = [];
  const entries = ports.map((p) => obj(p) ?? {});
  const at = (j: number, k: string) => ifaceAt(input, i, 'ports', j, k);
  const fld = (j: number, k: string) => ifaceField(input, i, 'ports', j, k);

  const seen = new Map<string, number>();
  entries.forEach((p, j) => {
    const pname = str(p['name']);
    if (pname === '') return;
    const prev = seen.get(pname);
    if (prev !== undefined) {
      out.push(
        finding('PORT-01', `Duplicate name of the port: ${pname}`, fld(j, 'name'), at(j, 'name'), {
          part: 'value',
          related: [{ at: at(prev, 'name'), part: 'value', message: 'first port with this name' }],
          data: { interfaceIndex: i, portIndex: j, firstIndex: prev, name, portName: pname },
        }),
      );
    }
    if (!isValidPortName(pname)) {
      out.push(
        finding('PORT-02', `Invalid name of the port: ${pname}`, fld(j, 'name'), at(j, 'name'), {
          part: 'value',
          data: { interfaceIndex: i, portIndex: j, name, portName: pname, suggestion: suggestPortName(pname) },
        }),
      );
    }
    seen.set(pname, j);
  });

  const portField = (j: number): string =>
    valueFor(input.ctx, PORT_CAUSE_ON_PORT_KEY) ? fld(j, 'port') : ifaceField(input, i, 'ports', j);
  const maxPort = valueFor(input.ctx, PORT_MAX_ACCEPTED);
  entries.forEach((p, j) => {
    const port = num(p['port']);
    const hasPort = p['port'] !== undefined && p['port'] !== null;
    if (port === 0) {
      out.push(
        finding('PORT-03', 'Port field is mandatory.', portField(j), hasPort ? at(j, 'port') : ifaceAt(input, i, 'ports', j), {
          part: hasPort ? 'value' : 'key',
          data: { interfaceIndex: i, portIndex: j, name },
        }),
      );
    }
    if (port < 0 || port > maxPort) {
      out.push(
        finding('PORT-04', 'Port field must be in range 0 < x < 65536.', portField(j), at(j, 'port'), {
          part: 'value',
          data: { interfaceIndex: i, portIndex: j, name, port },
        }),
      );
    }
    const protocol = str(p['protocol']);
    if (protocol !== '' && !PORT_PROTOCOLS.includes(protocol)) {
      const upper = protocol.toUpperCase();
      out.push(
        finding('PORT-05', 'Unknown protocol, only TCP or UDP allowed', fld(j, 'protocol'), at(j, 'protocol'), {
          part: 'value',
          data: { interfaceIndex: i, portIndex: j, name, protocol, suggestion: upper === 'UDP' ? 'UDP' : 'TCP' },
        }),
      );
    }
  });
  return out;
}
