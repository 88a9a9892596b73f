// The interface ↔ network name pairing as netiface.go checks it from both sides: IFACE-01/NET-07 (a name used twice
// on one side) and IFACE-02/NET-08 (a name the other side lacks). One implementation, told which side it reads.

import type { RuleInput } from '../input';
import type { Finding, Path } from '../../types';
import { closestName, ifaceAt, ifaceField, netAt, netField, type Obj } from './common';
import { interfacesOf, nameOf, networksOf } from '../../model/resource';
import { finding } from '../rule';

type In = Pick<RuleInput, 'spec' | 'base' | 'basePath'>;

/** One side of the pairing: its entries, where entry `i`'s name is, and how data and messages name it. */
export interface NameSide {
  noun: 'interface' | 'network';
  indexKey: 'interfaceIndex' | 'networkIndex';
  items(input: Pick<RuleInput, 'spec'>): Obj[];
  nameAt(input: In, i: number): Path;
  nameField(input: In, i: number): string;
}

export const INTERFACES: NameSide = {
  noun: 'interface',
  indexKey: 'interfaceIndex',
  items: (input) => interfacesOf(input.spec),
  nameAt: (input, i) => ifaceAt(input, i, 'name'),
  nameField: (input, i) => ifaceField(input, i, 'name'),
};

export const NETWORKS: NameSide = {
  noun: 'network',
  indexKey: 'networkIndex',
  items: (input) => networksOf(input.spec),
  nameAt: (input, n) => netAt(input, n, 'name'),
  nameField: (input, n) => netField(input, n, 'name'),
};

/** A cause for every later entry of `side` whose name an earlier one already has (related: the first one). */
export function duplicateNameCauses(input: RuleInput, side: NameSide, code: string, message: (name: string) => string): Finding[] {
  const out: Finding[] = [];
  const first = new Map<string, number>();
  side.items(input).forEach((item, i) => {
    const name = nameOf(item);
    const prev = first.get(name);
    if (prev === undefined) {
      first.set(name, i);
      return;
    }
    out.push(
      finding(code, message(name), side.nameField(input, i), side.nameAt(input, i), {
        part: 'value',
        related: [{ at: side.nameAt(input, prev), part: 'value', message: `first ${side.noun} with this name` }],
        data: { [side.indexKey]: i, firstIndex: prev, name },
      }),
    );
  });
  return out;
}

/**
 * A cause `<field> '<name>' not found.` for every entry of `side` whose name no entry of `other` has; related: the
 * closest unpaired name of `other`, as a did-you-mean.
 */
export function unpairedNameCauses(input: RuleInput, side: NameSide, other: NameSide, code: string): Finding[] {
  const out: Finding[] = [];
  const mine = side.items(input);
  const theirs = other.items(input);
  const otherNames = new Set(theirs.map(nameOf));
  const myNames = new Set(mine.map(nameOf));
  const orphans = theirs.map(nameOf).filter((n) => !myNames.has(n));
  mine.forEach((item, i) => {
    const name = nameOf(item);
    if (otherNames.has(name)) return;
    const f = side.nameField(input, i);
    const near = closestName(name, orphans);
    const nearIndex = near === undefined ? -1 : theirs.findIndex((x) => nameOf(x) === near);
    out.push(
      finding(code, `${f} '${name}' not found.`, f, side.nameAt(input, i), {
        part: 'value',
        related:
          nearIndex >= 0
            ? [
                {
                  at: other.nameAt(input, nearIndex),
                  part: 'value',
                  message: `${other.noun} ${JSON.stringify(near)} has no ${side.noun}: did you mean this one?`,
                },
              ]
            : [],
        data: {
          [side.indexKey]: i,
          name,
          candidates: orphans,
          ...(near !== undefined ? { [other.indexKey]: nearIndex, suggestion: near } : {}),
        },
      }),
    );
  });
  return out;
}
