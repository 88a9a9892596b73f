// Plain values as YAML and JSON give them: the one check for "a mapping" (an object that is not a list).

/** A mapping: an object that is not null and not a list. */
export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** The value as a mapping, or undefined (Go: a struct, or nil). */
export function obj(v: unknown): Record<string, unknown> | undefined {
  return isObject(v) ? v : undefined;
}
