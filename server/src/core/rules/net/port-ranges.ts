// PR-01..09 · netiface.go validatePortRangesConfiguration: portRanges need the PortRangesSpec feature
// gate (Alpha); with it, on the pod network: not with ports, masquerade only, at most 10 ranges, each
// range valid (first failing check wins), and no overlap between neighbours of one protocol.

import type { RuleInput } from '../input';
import { featureGateEnabled } from '../../context/context';
import { codeExists } from '../../codes/index';
import type { Finding } from '../../types';
import { list, num, obj, present, str } from '../../go/fmt';
import { ifaceAt, ifaceField, type Obj } from './common';
import { isPod } from '../../model/resource';
import { finding } from '../rule';

const MAX_PORT_RANGES = 10;

export function validatePortRangesConfiguration(input: RuleInput, i: number, iface: Obj, name: string, net: Obj | undefined): Finding[] {
  if (!codeExists(input.ctx, 'PR-01')) return [];
  const ranges = list(iface['portRanges']);
  const nameAt = ifaceAt(input, i, 'name');
  const nameField = ifaceField(input, i, 'name');
  if (!featureGateEnabled(input.ctx, 'PortRangesSpec')) {
    if (ranges === null) return [];
    return [
      finding('PR-01', 'portRanges is specified on interface but the PortRangesSpec feature gate is not enabled', nameField, nameAt, {
        part: 'value',
        related: [{ at: ifaceAt(input, i, 'portRanges'), part: 'key', message: 'portRanges' }],
        data: { interfaceIndex: i, name, featureGate: 'PortRangesSpec' },
      }),
    ];
  }
  if (!isPod(net) || ranges === null) return [];
  const out: Finding[] = [];
  if (list(iface['ports']) !== null) {
    out.push(
      finding('PR-02', 'Cannot define both ports and portRanges on interface', nameField, nameAt, {
        part: 'value',
        related: [
          { at: ifaceAt(input, i, 'ports'), part: 'key', message: 'ports' },
          { at: ifaceAt(input, i, 'portRanges'), part: 'key', message: 'portRanges' },
        ],
        data: { interfaceIndex: i, name },
      }),
    );
  }
  if (!present(iface, 'masquerade')) {
    out.push(
      finding('PR-03', 'portRanges are only supported on masquerade interfaces', nameField, nameAt, {
        part: 'value',
        related: [{ at: ifaceAt(input, i, 'portRanges'), part: 'key', message: 'portRanges' }],
        data: { interfaceIndex: i, name, suggestion: 'masquerade' },
      }),
    );
  }
  out.push(...validateForwardPortRanges(input, i, name, ranges));
  return out;
}

interface Interval {
  start: number;
  end: number;
  index: number;
}

function validateForwardPortRanges(input: RuleInput, i: number, name: string, ranges: unknown[]): Finding[] {
  const rangesField = ifaceField(input, i, 'portRanges');
  if (ranges.length > MAX_PORT_RANGES) {
    return [
      finding('PR-04', 'No more than 10 portRanges are allowed', rangesField, ifaceAt(input, i, 'portRanges', MAX_PORT_RANGES), {
        part: 'key',
        related: [{ at: ifaceAt(input, i, 'portRanges'), part: 'key', message: `${ranges.length} portRanges` }],
        data: { interfaceIndex: i, name, count: ranges.length, max: MAX_PORT_RANGES },
      }),
    ];
  }
  const out: Finding[] = [];
  const byProtocol = new Map<string, Interval[]>();
  ranges.forEach((raw, k) => {
    const r = obj(raw) ?? {};
    const protocol = str(r['protocol']);
    const start = num(r['start']);
    const end = num(r['end']);
    const at = (key: string) => ifaceAt(input, i, 'portRanges', k, key);
    const fld = (key: string) => ifaceField(input, i, 'portRanges', k, key);
    const data = { interfaceIndex: i, rangeIndex: k, name, protocol, start, end };
    if (protocol !== 'TCP' && protocol !== 'UDP') {
      out.push(
        finding('PR-05', 'Unknown protocol, only TCP or UDP allowed', fld('protocol'), at('protocol'), {
          part: 'value',
          data: { ...data, suggestion: protocol.toUpperCase() === 'UDP' ? 'UDP' : 'TCP' },
        }),
      );
    } else if (start <= 0 || start >= 65536) {
      out.push(finding('PR-06', 'Start must be a valid port number, 0 < x < 65536', fld('start'), at('start'), { part: 'value', data }));
    } else if (end <= 0 || end >= 65536) {
      out.push(finding('PR-07', 'End must be a valid port number, 0 < x < 65536', fld('end'), at('end'), { part: 'value', data }));
    } else if (start > end) {
      out.push(
        finding('PR-08', 'Start must be less than or equal to end', fld('start'), at('start'), {
          part: 'value',
          related: [{ at: at('end'), part: 'value', message: `end ${end}` }],
          data,
        }),
      );
    } else {
      const l = byProtocol.get(protocol) ?? [];
      l.push({ start, end, index: k });
      byProtocol.set(protocol, l);
    }
  });
  // KubeVirt iterates a Go map here (random order); we report TCP before UDP.
  for (const protocol of [...byProtocol.keys()].sort()) {
    const ivs = byProtocol.get(protocol)!;
    if (ivs.length < 2) continue;
    ivs.sort((a, b) => (a.start === b.start ? a.end - b.end : a.start - b.start));
    for (let x = 1; x < ivs.length; x++) {
      const prev = ivs[x - 1]!;
      const curr = ivs[x]!;
      if (curr.start > prev.end) continue;
      out.push(
        finding(
          'PR-09',
          `${protocol} portRanges [${prev.start}-${prev.end}] and [${curr.start}-${curr.end}] overlap`,
          rangesField,
          ifaceAt(input, i, 'portRanges', curr.index),
          {
            part: 'key',
            related: [{ at: ifaceAt(input, i, 'portRanges', prev.index), part: 'key', message: `${protocol} [${prev.start}-${prev.end}]` }],
            data: { interfaceIndex: i, name, protocol, rangeIndexes: [prev.index, curr.index] },
          },
        ),
      );
    }
  }
  return out;
}
