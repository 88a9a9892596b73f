// NET-07 · netiface.go validateNetworkNameUnique: every network name is used once.

import { goQuote } from '../../go/fmt';
import type { NetRule } from './common';
import { NETWORKS, duplicateNameCauses } from './name-pairing';

export const validateNetworkNameUnique: NetRule = (input) =>
  duplicateNameCauses(input, NETWORKS, 'NET-07', (name) => `Network with name ${goQuote(name)} already exists, every network must have a unique name`);
