// IFACE-02 · netiface.go validateInterfacesAssignedToNetworks: every interface names an existing network.

import type { Rule } from '../rule';
import { INTERFACES, NETWORKS, unpairedNameCauses } from './name-pairing';

export const validateInterfacesAssignedToNetworks: Rule = (input) => unpairedNameCauses(input, INTERFACES, NETWORKS, 'IFACE-02');
