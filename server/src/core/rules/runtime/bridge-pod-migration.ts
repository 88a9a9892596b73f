// BRIDGE-POD-MIGRATION · vmispec/interface.go: a VMI whose pod-network interface uses bridge binding
// cannot be live-migrated unless it carries the kubevirt.io/allow-pod-bridge-network-live-migration
// annotation (verified: pkg/network/vmispec/interface.go VerifyVMIMigratable@v1.9.0, the same check since v1.5).
// Quick fixes (fixes/bridge-pod-migration.ts): masquerade instead, or the annotation.

import type { Finding } from '../../types';
import { present } from '../../go/fmt';
import { ifaceAt } from '../net/common';
import { interfacesOf, isPod, nameOf, networksOf } from '../../model/resource';
import { finding, type Rule } from '../rule';

export const ALLOW_BRIDGE_MIGRATION = 'kubevirt.io/allow-pod-bridge-network-live-migration';

export const checkBridgePodMigration: Rule = (input) => {
  const pod = networksOf(input.spec).find(isPod);
  if (!pod) return [];
  const ifaces = interfacesOf(input.spec);
  const i = ifaces.findIndex((x) => nameOf(x) === nameOf(pod));
  if (i < 0 || !present(ifaces[i], 'bridge')) return [];
  if (Object.prototype.hasOwnProperty.call(input.resource.annotations ?? {}, ALLOW_BRIDGE_MIGRATION)) return [];
  // An interface added by defaulting is explained by the DEFAULTED hint; no second note for it.
  if (input.defaulted.interfaces.includes(i)) return [];
  const out: Finding[] = [
    finding(
      'BRIDGE-POD-MIGRATION',
      `interface ${JSON.stringify(nameOf(pod))} uses bridge binding on the pod network: KubeVirt cannot live-migrate this VMI unless it has the annotation ${ALLOW_BRIDGE_MIGRATION}`,
      null,
      ifaceAt(input, i, 'bridge'),
      {
        severity: 'information',
        part: 'key',
        data: {
          interfaceIndex: i,
          name: nameOf(pod),
          annotation: ALLOW_BRIDGE_MIGRATION,
          annotationsPath: input.resource.annotationsPath,
          suggestion: 'masquerade',
        },
      },
    ),
  ];
  return out;
};
