// IFACE-02 · netiface.go validateInterfacesAssignedToNetworks: every interface names an existing network.

import type { NetRule } from './common';
import { INTERFACES, NETWORKS, unpairedNameCauses } from './name-pairing';

export const validateInterfacesAssignedToNetworks: NetRule = (input) => unpairedNameCauses(input, INTERFACES, NETWORKS, 'IFACE-02');
