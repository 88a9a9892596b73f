// Runtime-only problems: accepted at admission, but the VMI fails (or is limited) later. Never errors.

import type { RuleInput } from '../input';
import type { Finding } from '../../types';
import { checkBindingPluginRegistered } from './binding-plugin-registered';
import { checkBridgePodMigration } from './bridge-pod-migration';
import { checkIgnoredPorts } from './ignored-ports';
import { checkNadExists } from './nad-exists';
import { checkPodNetworkCidr } from './pod-network-cidr';
import { checkSriovOnPodNetwork } from './sriov-on-pod-network';

export function runtimeChecks(input: RuleInput): Finding[] {
  return [
    ...checkBindingPluginRegistered(input),
    ...checkSriovOnPodNetwork(input),
    ...checkPodNetworkCidr(input),
    ...checkNadExists(input),
    ...checkBridgePodMigration(input),
    ...checkIgnoredPorts(input),
  ];
}
