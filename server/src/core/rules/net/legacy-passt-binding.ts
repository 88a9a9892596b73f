// OLD-PASST-FG, OLD-PASST-POD · passt.go validatePasstBinding of v1.5–v1.7 (NA/passt.go:33-46@v1.5.0, same
// @v1.7.0; removed by 9039111294 in v1.8, which blocks `passt` at creation instead: DISC-02). The core `passt`
// binding needed the discontinued Passt feature gate listed (which itself is DISC-04) and the pod network.

import type { RuleInput } from '../input';
import type { Finding } from '../../types';
import { type Obj } from './common';
import { isPod } from '../../model/resource';
import { validateGatedBinding, type GatedBinding } from './gated-binding';

const PASST: GatedBinding = {
  binding: 'passt',
  gate: 'Passt',
  gateCode: 'OLD-PASST-FG',
  gateMessage: 'Passt feature gate is not enabled',
  networkCode: 'OLD-PASST-POD',
  networkMessage: 'Passt interface only implemented with pod network',
  networkKind: 'the pod network',
  networkOk: isPod,
  suggestion: 'binding: {name: passt}',
};

export function validateLegacyPasstBinding(input: RuleInput, i: number, iface: Obj, name: string, net: Obj | undefined): Finding[] {
  return validateGatedBinding(PASST, input, i, iface, name, net);
}
