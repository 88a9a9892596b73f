// IFACE-01 · netiface.go validateInterfaceNameUnique: one interface per network name.

import type { Rule } from '../rule';
import { INTERFACES, duplicateNameCauses } from './name-pairing';

export const validateInterfaceNameUnique: Rule = (input) =>
  duplicateNameCauses(input, INTERFACES, 'IFACE-01', () => 'Only one interface can be connected to one specific network');
