// validator.go: the network admitter's Validate() and ValidateCreation(), in KubeVirt's order. The order is the same
// in every release (NA/validator.go:49-65@v1.5.0, :47-62@v1.8.0, :49-65@v1.9.0) except that v1.5 checks slirp
// interfaces after the bindings (OLD-SLIRP-*) and v1.9 adds the DRA networks after the network names.
// validateNetworkDevicesWithDRA (DRA-01..07) lives with the spec-level rules and is called at its place; the DRA
// device-pair check (DRA-08, pkg/dra/admitter) is not part of this validator: admit.ts runs it right after it.

import type { RuleInput } from '../input';
import type { Finding } from '../../types';
import { validateDRANetworks } from '../spec/index';
import { validateDiscontinuedBindings } from './discontinued-bindings';
import { validateInterfaceBinding } from './interface-binding';
import { validateInterfaceNameUnique } from './interface-name-unique';
import { validateInterfaceStateValue } from './interface-state';
import { validateInterfacesAssignedToNetworks } from './interfaces-assigned-to-networks';
import { validateInterfacesFields } from './interface-fields';
import { validateMultusNetworkSource } from './multus-network-source';
import { validateNetworkNameUnique } from './network-name-unique';
import { validateNetworksAssignedToInterfaces } from './networks-assigned-to-interfaces';
import { validateSingleNetworkSource } from './single-network-source';
import { validateSinglePodNetwork } from './single-pod-network';
import { validateSlirpBinding } from './slirp-binding';
import { codeExists } from '../../codes/index';

/** Validator.Validate(). */
export function validateNetwork(input: RuleInput): Finding[] {
  return [
    ...validateSinglePodNetwork(input),
    ...validateSingleNetworkSource(input),
    ...validateMultusNetworkSource(input),
    ...validateInterfaceStateValue(input),
    ...validateInterfaceBinding(input),
    ...validateSlirpBinding(input),
    ...validateNetworkNameUnique(input),
    ...(codeExists(input.ctx, 'DRA-01') ? validateDRANetworks(input) : []),
    ...validateNetworksAssignedToInterfaces(input),
    ...validateInterfaceNameUnique(input),
    ...validateInterfacesAssignedToNetworks(input),
    ...validateInterfacesFields(input),
  ];
}

/** Validator.ValidateCreation(). */
export function validateNetworkCreation(input: RuleInput): Finding[] {
  return validateDiscontinuedBindings(input);
}

export { validateFeatureGates } from './feature-gates';
