// Compiles Virtwire's JSON Schemas of the KubeVirt resources once (lazily, per kind) with ajv.
// Runs on every keystroke, so nothing here is rebuilt per call.

import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import type { VmKind } from '../types';
import vmiSpecSchema = require('../../../../schemas/vmi-spec.schema.json');
import vmiSchema = require('../../../../schemas/vmi.schema.json');
import vmSchema = require('../../../../schemas/vm.schema.json');
import vmirsSchema = require('../../../../schemas/vmirs.schema.json');
import vmpoolSchema = require('../../../../schemas/vmpool.schema.json');

const SCHEMA_IDS: Record<VmKind, string> = {
  VirtualMachineInstance: 'https://virtwire.dev/schemas/vmi.schema.json',
  VirtualMachine: 'https://virtwire.dev/schemas/vm.schema.json',
  VirtualMachineInstanceReplicaSet: 'https://virtwire.dev/schemas/vmirs.schema.json',
  VirtualMachinePool: 'https://virtwire.dev/schemas/vmpool.schema.json',
};

let ajv: Ajv | undefined;
const compiled = new Map<VmKind, ValidateFunction>();

function instance(): Ajv {
  if (!ajv) {
    // verbose: errors carry the failing (parent) schema, needed for did-you-mean and go-openapi's format quirks.
    ajv = new Ajv({ allErrors: true, strict: false, verbose: true, validateFormats: false });
    for (const s of [vmiSpecSchema, vmiSchema, vmSchema, vmirsSchema, vmpoolSchema]) ajv.addSchema(s as object);
  }
  return ajv;
}

/** The compiled validator of one resource kind (the whole document). */
export function validatorFor(kind: VmKind): ValidateFunction {
  let fn = compiled.get(kind);
  if (!fn) {
    fn = instance().getSchema(SCHEMA_IDS[kind]);
    if (!fn) throw new Error(`virtwire: no schema for ${kind}`);
    compiled.set(kind, fn);
  }
  return fn;
}
