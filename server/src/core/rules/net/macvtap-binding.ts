// OLD-MACVTAP-FG, OLD-MACVTAP-MULTUS · macvtap.go validateMacvtapBinding of v1.5–v1.7 (NA/macvtap.go:33-46@v1.5.0,
// same @v1.7.0; removed by c7011c586d in v1.8, which blocks `macvtap` at creation instead: DISC-03). The core
// macvtap binding needed the discontinued Macvtap feature gate listed (itself DISC-04) and a Multus network.

import type { RuleInput } from '../input';
import type { Finding } from '../../types';
import { type Obj } from './common';
import { isMultus } from '../../model/resource';
import { validateGatedBinding, type GatedBinding } from './gated-binding';

const MACVTAP: GatedBinding = {
  binding: 'macvtap',
  gate: 'Macvtap',
  gateCode: 'OLD-MACVTAP-FG',
  gateMessage: 'Macvtap feature gate is not enabled',
  networkCode: 'OLD-MACVTAP-MULTUS',
  networkMessage: 'Macvtap interface only implemented with Multus network',
  networkKind: 'a Multus network',
  networkOk: isMultus,
  suggestion: 'binding: {name: macvtap}',
};

export function validateMacvtapBinding(input: RuleInput, i: number, iface: Obj, name: string, net: Obj | undefined): Finding[] {
  return validateGatedBinding(MACVTAP, input, i, iface, name, net);
}
