// DRA-08 — a network's claim/request pair also used by a DRA GPU or host device
// (pkg/dra/admitter/dra_admitter.go: validateCreationDRA → pairDuplicateChecker.mergeTupleSource).
// Runs in draadmitter.ValidateCreation, right after the network validator.

import { at, field, type RuleInput } from '../input';
import { finding } from '../rule';
import { featureGateEnabled } from '../../context/context';
import { networksOf } from '../../model/resource';
import type { Finding, Path } from '../../types';
import { NETWORK_DRA_GATE, draNetworkTuples } from './dra-networks';
import { goQuote, goString, isSet, obj } from '../../go/fmt';

type Device = Record<string, unknown>;

interface DeviceKind {
  /** Key under domain.devices. */
  list: 'gpus' | 'hostDevices';
  /** Name KubeVirt prints in the message. */
  label: 'GPUs' | 'HostDevices';
  gate: string;
  /** GPUs mixing DRA and non-DRA entries are rejected and contribute no pairs. */
  rejectMixed: boolean;
}

const KINDS: readonly DeviceKind[] = [
  { list: 'gpus', label: 'GPUs', gate: 'GPUsWithDRA', rejectMixed: true },
  { list: 'hostDevices', label: 'HostDevices', gate: 'HostDevicesWithDRA', rejectMixed: false },
];

/**
 * The claim request of a GPU / host device. KubeVirt's Go type inlines it (claimName/requestName next to
 * name); a nested `claimRequest: {claimName, requestName}` is accepted too, as the sample cases write it.
 */
function claimRequestOf(d: Device): { claimName: string; requestName: string; nested: boolean } | undefined {
  const cr = obj(d['claimRequest']);
  if (cr) {
    return { claimName: goString(cr['claimName']), requestName: goString(cr['requestName']), nested: true };
  }
  if ('claimName' in d || 'requestName' in d) {
    return { claimName: goString(d['claimName']), requestName: goString(d['requestName']), nested: false };
  }
  return undefined;
}

function isDRADevice(d: Device): boolean {
  return goString(d['deviceName']) === '' && claimRequestOf(d) !== undefined;
}

/** First device index of each complete claim/request pair that KubeVirt's device validation keeps. */
function deviceTuples(devices: readonly Device[], kind: DeviceKind, gateOn: boolean): Map<string, number> {
  const first = new Map<string, number>();
  const dra = devices.map((d, i) => ({ d, i })).filter(({ d }) => isDRADevice(d));
  if (kind.rejectMixed && dra.length > 0 && dra.length < devices.length) return first;
  if (dra.length > 0 && !gateOn) return first;
  for (const { d, i } of dra) {
    const cr = claimRequestOf(d)!;
    if (cr.claimName === '' || cr.requestName === '') continue;
    const key = `${cr.claimName}/${cr.requestName}`;
    if (!first.has(key)) first.set(key, i);
  }
  return first;
}

function deviceAt(input: RuleInput, kind: DeviceKind, d: Device, idx: number): Path {
  const cr = claimRequestOf(d);
  if (cr?.nested) return at(input, 'domain', 'devices', kind.list, idx, 'claimRequest');
  if (cr && 'claimName' in d) return at(input, 'domain', 'devices', kind.list, idx, 'claimName');
  return at(input, 'domain', 'devices', kind.list, idx);
}

export function validateDRANetworkDevicePairs(input: RuleInput): Finding[] {
  if (!featureGateEnabled(input.ctx, NETWORK_DRA_GATE)) return [];
  const netTuples = draNetworkTuples(networksOf(input.spec));
  if (netTuples.size === 0) return [];

  // Owners in KubeVirt's merge order: GPUs first, then host devices (a pair already owned by a GPU stays the GPU's).
  const owners = new Map<string, { kind: DeviceKind; idx: number; device: Device }>();
  const devs = (input.spec.domain?.devices ?? {}) as Record<string, unknown>;
  for (const kind of KINDS) {
    const raw = devs[kind.list];
    const list = (Array.isArray(raw) ? raw : []).map((d) => (isSet(d) && typeof d === 'object' ? (d as Device) : {}));
    for (const [key, idx] of deviceTuples(list, kind, featureGateEnabled(input.ctx, kind.gate))) {
      if (!owners.has(key)) owners.set(key, { kind, idx, device: list[idx]! });
    }
  }

  // KubeVirt walks a Go map here (random order); report in network order.
  const findings: Finding[] = [];
  const clashes = [...netTuples].filter(([key]) => owners.has(key)).sort((a, b) => a[1] - b[1]);
  for (const [key, netIdx] of clashes) {
    const owner = owners.get(key)!;
    findings.push(
      finding(
        'DRA-08',
        `duplicate claimName/requestName pair ${goQuote(key)} between ${owner.kind.label}[${owner.idx}] and Networks[${netIdx}]`,
        field(input, 'networks', netIdx),
        at(input, 'networks', netIdx, 'resourceClaim', 'claimName'),
        {
          part: 'value',
          related: [
            {
              at: deviceAt(input, owner.kind, owner.device, owner.idx),
              part: 'key',
              message: `${key} is already used by ${owner.kind.list}[${owner.idx}]`,
            },
          ],
          data: { pair: key },
        },
      ),
    );
  }
  return findings;
}
