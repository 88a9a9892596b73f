// BOOT-01, BOOT-02 — interface boot orders (vmi-create-admitter.go: validateBootOrder, which scans the
// disks first, then validateInterfaceBootOrder).

import { at, field, type RuleInput } from '../input';
import { finding } from '../rule';
import { interfacesOf } from '../../model/resource';
import type { Finding, Path } from '../../types';
import { isSet } from '../../go/fmt';

/** A written bootOrder (Go *uint: present and not null). */
function bootOrderOf(device: unknown): number | undefined {
  if (!device || typeof device !== 'object') return undefined;
  const v = (device as Record<string, unknown>)['bootOrder'];
  if (!isSet(v)) return undefined;
  return typeof v === 'number' ? v : Number(v);
}

export function validateInterfaceBootOrder(input: RuleInput): Finding[] {
  // Every boot order already taken, with the device that took it first (disk checks are storage's; only the
  // orders they claim matter here — a disk with bootOrder 0 claims 0 too).
  const taken = new Map<number, { at: Path; what: string }>();
  const disks = input.spec.domain?.devices?.disks;
  (Array.isArray(disks) ? disks : []).forEach((disk, idx) => {
    const order = bootOrderOf(disk);
    if (order === undefined || taken.has(order)) return;
    taken.set(order, { at: at(input, 'domain', 'devices', 'disks', idx, 'bootOrder'), what: `disk ${String(disk?.name ?? idx)}` });
  });

  const findings: Finding[] = [];
  interfacesOf(input.spec).forEach((iface, idx) => {
    const order = bootOrderOf(iface);
    if (order === undefined) return;
    const here = at(input, 'domain', 'devices', 'interfaces', idx, 'bootOrder');
    if (order < 1) {
      findings.push(
        finding('BOOT-01', `${field(input, idx)} must have a boot order > 0, if supplied`, field(input, idx, 'bootOrder'), here, {
          part: 'value',
        }),
      );
      return;
    }
    const prev = taken.get(order);
    if (prev) {
      const path = field(input, 'domain', 'devices', 'interfaces', idx, 'bootOrder');
      findings.push(
        finding('BOOT-02', `Boot order for ${path} already set for a different device.`, path, here, {
          part: 'value',
          related: [{ at: prev.at, part: 'value', message: `boot order ${order} is already used by ${prev.what}` }],
          data: { bootOrder: order },
        }),
      );
      return;
    }
    taken.set(order, { at: here, what: `interface ${String(iface.name ?? idx)}` });
  });
  return findings;
}
