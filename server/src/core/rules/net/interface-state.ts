// STATE-01..04 · admit.go validateInterfaceStateValue: supported `state` values and where `absent`,
// `up` and `down` may be used.

import type { Finding } from '../../types';
import { goQuote, present, str } from '../../go/fmt';
import { defaultNetwork, ifaceAt, ifaceField, netAt } from './common';
import { interfacesOf, nameOf, networksOf } from '../../model/resource';
import { finding, type Rule } from '../rule';

/** The `state` values KubeVirt knows (the empty default aside). */
export const INTERFACE_STATES = ['up', 'down', 'absent'] as const;
const STATES: readonly string[] = ['', ...INTERFACE_STATES];

export const validateInterfaceStateValue: Rule = (input) => {
  const out: Finding[] = [];
  const def = defaultNetwork(input);
  interfacesOf(input.spec).forEach((iface, i) => {
    const name = nameOf(iface);
    const state = str(iface['state']);
    const f = ifaceField(input, i, 'state');
    const where = ifaceAt(input, i, 'state');
    const data = { interfaceIndex: i, name, state };
    if (!STATES.includes(state)) {
      out.push(
        finding('STATE-01', `logical ${name} interface state value is unsupported: ${state}`, f, where, {
          part: 'value',
          data: { ...data, suggestion: ['up', 'down', 'absent'] },
        }),
      );
    }
    if (present(iface, 'sriov') && (state === 'down' || state === 'up')) {
      out.push(
        finding('STATE-02', `${goQuote(name)} interface's state ${goQuote(state)} is not supported for SR-IOV NICs`, f, where, {
          part: 'value',
          related: [{ at: ifaceAt(input, i, 'sriov'), part: 'key', message: 'SR-IOV binding' }],
          data: { ...data, suggestion: 'remove state' },
        }),
      );
    }
    if (state === 'absent' && !present(iface, 'bridge')) {
      out.push(
        finding('STATE-03', `${goQuote(name)} interface's state ${goQuote(state)} is supported only for bridge binding`, f, where, {
          part: 'value',
          data,
        }),
      );
    }
    if (state === 'absent' && def !== undefined && nameOf(def) === name) {
      const defIndex = networksOf(input.spec).indexOf(def);
      out.push(
        finding('STATE-04', `${goQuote(name)} interface's state ${goQuote(state)} is not supported on default networks`, f, where, {
          part: 'value',
          related: defIndex >= 0 ? [{ at: netAt(input, defIndex, 'name'), part: 'value', message: 'the default network' }] : [],
          data,
        }),
      );
    }
  });
  return out;
};
