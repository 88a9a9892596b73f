// Registry of every diagnostic code Virtwire emits; the README's table is generated from it.
import type { CodeInfo } from './info';
import { CODES as core } from './core';
import { CODES as schema } from './schema';
import { CODES as net } from './net';
import { CODES as spec } from './spec';
import { CODES as runtime } from './runtime';
import { CODES as doctor } from './doctor';
import { CODES as retired } from './retired';
import { inRange } from '../releases/by-release';
import type { VersionedContext } from '../context/version';

export type { CodeInfo } from './info';
export const ALL_CODES: readonly CodeInfo[] = [...core, ...schema, ...net, ...retired, ...spec, ...runtime, ...doctor];

export function codeInfo(code: string): CodeInfo | undefined {
  return ALL_CODES.find((c) => c.code === code);
}

/** Whether the context's KubeVirt release has the rule behind `code` (codes without `releases` exist in all). */
export function codeExists(ctx: VersionedContext, code: string): boolean {
  return inRange(codeInfo(code)?.releases, ctx.kubevirtVersion);
}
