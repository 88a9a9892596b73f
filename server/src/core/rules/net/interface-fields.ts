// IFACE-03..07, PORT-*, PR-*, DHCP-* · netiface.go validateInterfacesFields: per interface, in order:
// name format, model, MAC, PCI address, ports, portRanges, DHCP options.

import type { Finding } from '../../types';
import { networksByName } from './common';
import { interfacesOf, nameOf } from '../../model/resource';
import type { Rule } from '../rule';
import { validateDHCPOptions } from './dhcp-options';
import { validateInterfaceModel } from './interface-model';
import { validateInterfaceNameFormat } from './interface-name-format';
import { validateMacAddress } from './mac-address';
import { validatePciAddress } from './pci-address';
import { validatePortConfiguration } from './port-configuration';
import { validatePortRangesConfiguration } from './port-ranges';

export const validateInterfacesFields: Rule = (input) => {
  const out: Finding[] = [];
  const byName = networksByName(input);
  interfacesOf(input.spec).forEach((iface, i) => {
    const name = nameOf(iface);
    const net = byName.get(name)?.net;
    out.push(...validateInterfaceNameFormat(input, i, name));
    out.push(...validateInterfaceModel(input, i, iface, name));
    out.push(...validateMacAddress(input, i, iface, name));
    out.push(...validatePciAddress(input, i, iface, name));
    out.push(...validatePortConfiguration(input, i, iface, name, net));
    out.push(...validatePortRangesConfiguration(input, i, iface, name, net));
    out.push(...validateDHCPOptions(input, i, iface, name));
  });
  return out;
};
