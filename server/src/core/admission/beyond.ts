// All problems at once. KubeVirt stops at the first stage that fails (strict decoding, then the OpenAPI check, then
// the webhook's rules; a VM create returns early after its feature-gate and discontinued-binding checks), so a user
// meets stacked mistakes one round trip at a time. This keeps going where KubeVirt stops: it judges the object as
// it will be once the hiding findings are fixed, and hands back what KubeVirt will reject next, each finding marked
// with `blockedBy` (the code of the finding that hides it). Findings without `blockedBy` stay the webhook's answer.

import type { Context } from '../context/context';
import type { VmResource } from '../model/resource';
import { buildResource } from '../model/detect';
import { checkSchema } from '../schema/check';
import { repairSchemaErrors, type Repaired } from '../schema/repair';
import type { Finding, Path } from '../types';
import { admit } from './admit';
import { hiddenBehind } from './hidden';

/** Schema stages looked through at most (unknown fields, then types/enums, then what renamed keys expose). */
const MAX_ROUNDS = 4;

/**
 * What KubeVirt reports once the schema errors of `resource` are fixed: further schema errors (each stage hides the
 * next), then the admission errors and warnings of the repaired object. `sourceText` gives the text written at a
 * path of the document (to repair a value YAML 1.1 read as a boolean or number).
 */
export function beyondSchemaErrors(
  resource: VmResource,
  schemaFindings: readonly Finding[],
  ctx: Context,
  sourceText: (path: Path) => string | undefined,
): Finding[] {
  const out: Finding[] = [];
  let errors = schemaFindings.filter((f) => f.severity === 'error');
  let repaired: Repaired | undefined;
  for (let round = 0; round < MAX_ROUNDS && errors.length > 0; round++) {
    repaired = repairSchemaErrors(repaired?.object ?? resource.object, errors, sourceText, repaired);
    if (!repaired) return out; // a mistake whose fix cannot be guessed: nothing beyond it is certain
    const next = buildResource(resource.kind, repaired.object);
    const schema = checkSchema(next, ctx).filter((f) => f.severity === 'error');
    if (schema.length > 0) {
      out.push(...hiddenBehind(schema, errors, repaired.toOriginal.bind(repaired)));
      errors = schema;
      continue;
    }
    const admitted = admit(next, ctx).findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    out.push(...hiddenBehind(admitted, errors, repaired.toOriginal.bind(repaired)));
    return out;
  }
  return out;
}
