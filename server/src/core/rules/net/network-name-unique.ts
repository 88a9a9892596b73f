// NET-07 · netiface.go validateNetworkNameUnique: every network name is used once.

import { goQuote } from '../../go/fmt';

import type { Rule } from '../rule';
import { NETWORKS, duplicateNameCauses } from './name-pairing';

export const validateNetworkNameUnique: Rule = (input) =>
  duplicateNameCauses(
    input,
    NETWORKS,
    'NET-07',
    (name) => `Network with name ${goQuote(name)} already exists, every network must have a unique name`,
  );
