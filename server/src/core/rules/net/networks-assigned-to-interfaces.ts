// NET-08 · netiface.go validateNetworksAssignedToInterfaces: every network has an interface of the same
// name (exact, case-sensitive).

import type { NetRule } from './common';
import { INTERFACES, NETWORKS, unpairedNameCauses } from './name-pairing';

export const validateNetworksAssignedToInterfaces: NetRule = (input) => unpairedNameCauses(input, NETWORKS, INTERFACES, 'NET-08');
