// NET-08 · netiface.go validateNetworksAssignedToInterfaces: every network has an interface of the same
// name (exact, case-sensitive).

import type { Rule } from '../rule';
import { INTERFACES, NETWORKS, unpairedNameCauses } from './name-pairing';

export const validateNetworksAssignedToInterfaces: Rule = (input) => unpairedNameCauses(input, NETWORKS, INTERFACES, 'NET-08');
