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
  return BY_CODE.get(code);
}
const BY_CODE = new Map(ALL_CODES.map((c) => [c.code, c]));

/** Whether the context's KubeVirt release has the rule behind `code` (codes without `releases` exist in all). */
export function codeExists(ctx: VersionedContext, code: string): boolean {
  return inRange(codeInfo(code)?.releases, ctx.kubevirtVersion);
}

/** The codes of the pitfall catalogue (KubeVirt accepts the object; it trips users later), in registry order. */
export const PITFALL_CODES: readonly string[] = ALL_CODES.filter((c) => c.pitfall).map((c) => c.code);

/**
 * Whether a pitfall is reported in this context: the setting (`virtwire.pitfalls`, `--pitfall`/`--no-pitfall`) wins
 * over the code's default; NAD-MISSING also follows `checkNetworkAttachmentDefinitions` / `--no-nad-check`. Codes
 * that are not pitfalls are always on.
 */
export function pitfallOn(ctx: { pitfalls?: Record<string, boolean>; nadCheck?: boolean }, code: string): boolean {
  const info = codeInfo(code);
  if (!info?.pitfall) return true;
  if (code === 'NAD-MISSING' && ctx.nadCheck === false) return false;
  const set = ctx.pitfalls?.[code];
  return typeof set === 'boolean' ? set : info.pitfall.default === 'on';
}

/** The pitfall code a user typed (any case), or undefined when there is none of that name. */
export function pitfallCode(name: string): string | undefined {
  const n = name.trim().toUpperCase();
  return PITFALL_CODES.find((c) => c === n);
}
