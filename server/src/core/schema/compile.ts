// The validators of Virtwire's JSON Schemas of the KubeVirt resources, one per resource kind. They are compiled
// at build time by ajv (standalone code, scripts/gen-validators.mjs → validators.generated.ts, with the ajv
// options there), so nothing is compiled when a process starts or on a keystroke.

import type { ValidateFunction } from 'ajv';
import type { VmKind } from '../types';
import { VALIDATORS_BY_ID } from './validators.generated';

const SCHEMA_IDS: Record<VmKind, string> = {
  VirtualMachineInstance: 'https://virtwire.dev/schemas/vmi.schema.json',
  VirtualMachine: 'https://virtwire.dev/schemas/vm.schema.json',
  VirtualMachineInstanceReplicaSet: 'https://virtwire.dev/schemas/vmirs.schema.json',
  VirtualMachinePool: 'https://virtwire.dev/schemas/vmpool.schema.json',
};

const byId = VALIDATORS_BY_ID as unknown as Record<string, ValidateFunction | undefined>;

/** The compiled validator of one resource kind (the whole document). */
export function validatorFor(kind: VmKind): ValidateFunction {
  const fn = byId[SCHEMA_IDS[kind]];
  if (!fn) throw new Error(`virtwire: no schema for ${kind}`);
  return fn;
}
