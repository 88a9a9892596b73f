// What every admission rule receives, and helpers to speak KubeVirt's field paths.

import type { Context } from '../context/context';
import type { VMISpec } from '../model/api';
import { formatField, type VmResource } from '../model/resource';
import type { Path, Segment } from '../types';
import type { Defaulted } from '../defaults/defaults';

export interface RuleInput {
  readonly resource: VmResource;
  /** The spec after KubeVirt's defaulting (a copy; the resource keeps what was written). */
  readonly spec: VMISpec;
  /** KubeVirt's base field path for this object's VMI spec (`spec`, `spec.template.spec`, …). */
  readonly base: string;
  /** Object path of the spec inside the document. */
  readonly basePath: Path;
  readonly ctx: Context;
  /** What the defaulting step added (auto-attached pod network/interface). */
  readonly defaulted: Defaulted;
}

/** Object path below the spec: at(input, 'networks', 0, 'name'). */
export function at(input: Pick<RuleInput, 'basePath'>, ...segs: Segment[]): Path {
  return [...input.basePath, ...segs];
}

/** KubeVirt field path below the base: field(input, 'networks', 0, 'name') → `spec.networks[0].name`. */
export function field(input: Pick<RuleInput, 'base'>, ...segs: Segment[]): string {
  const rest = formatField(segs);
  if (rest === '') return input.base;
  return rest.startsWith('[') ? input.base + rest : `${input.base}.${rest}`;
}
