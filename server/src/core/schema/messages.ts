// Message texts of the two places that judge a manifest against a schema before KubeVirt's network rules run:
//  * KubeVirt's own webhook check (`ValidateSchema`, go-openapi/validate): dotted paths with numeric indexes,
//    e.g. `spec.networks.0.multus.networkName in body is required`;
//  * the API server (strict decoding of unknown fields, and the CRD structural schema: Too many, Required value,
//    Invalid value), with bracket paths, e.g. `spec.domain.devices.interfaces: Too many: 300: must have at most 256 items`.

import type { Path } from '../types';
import { formatField } from '../model/resource';
import { goQuote, goStringSlice } from '../go/fmt';

/** go-openapi's path: segments joined with dots, indexes as plain numbers. */
export function dottedPath(path: Path): string {
  return path.map(String).join('.');
}

/** Bracket notation (the corpus's `field` and the API server's path). */
export function bracketPath(path: Path): string {
  return formatField(path);
}

/** API server strict field validation (kubectl's default `--validate=strict`). */
export function unknownFieldMessage(path: Path, suggestion: string | undefined): string {
  const base = `strict decoding error: unknown field "${bracketPath(path)}"`;
  return suggestion ? `${base}; did you mean "${suggestion}"?` : base;
}

/** go-openapi `errors.Required`. */
export function requiredMessage(path: Path): string {
  return `${dottedPath(path)} in body is required`;
}

/** go-openapi `errors.EnumFail`: Go prints the []interface{} of allowed values as `[A B C]`. */
export function enumMessage(path: Path, allowed: readonly unknown[]): string {
  return `${dottedPath(path)} in body should be one of ${goStringSlice(allowed)}`;
}

/** API server CRD validation `field.TooMany`. */
export function tooManyMessage(path: Path, count: number, max: number): string {
  return `${bracketPath(path)}: Too many: ${count}: must have at most ${max} items`;
}

/** API server CRD validation `field.Required`. */
export function crdRequiredMessage(path: Path): string {
  return `${bracketPath(path)}: Required value`;
}

/** The JSON type and Go "format" a decoder gives a value (see goTypeCheck). */
interface DataType {
  type: string;
  format: string;
}

/**
 * How the value looks to the Go validator. KubeVirt's webhook decodes JSON into interface{}, so every number is a
 * float64 ("number"/"float64"); the API server decodes custom resources with int64 for integral numbers.
 */
function dataTypeOf(value: unknown, intsAreInt64: boolean): DataType {
  if (value === null || value === undefined) return { type: 'null', format: '' };
  if (typeof value === 'boolean') return { type: 'boolean', format: '' };
  if (typeof value === 'string') return { type: 'string', format: '' };
  if (typeof value === 'number') {
    if (intsAreInt64 && Number.isInteger(value)) return { type: 'integer', format: 'int64' };
    return { type: 'number', format: 'float64' };
  }
  if (Array.isArray(value)) return { type: 'array', format: '' };
  return { type: 'object', format: '' };
}

/**
 * The go-openapi type validator's verdict, reproduced with its quirks: a value of the wrong kind for an integer field
 * with a `format` is reported against the format (`must be of type int32: "float64"`, or `: ""` for a boolean/object),
 * while strings and arrays are reported against the type (`must be of type integer: "string"`). Returns the
 * "<type>: <got>" pair, or undefined when the value is acceptable.
 */
export function goTypeFailure(
  schemaType: string | readonly string[],
  format: string | undefined,
  value: unknown,
  intsAreInt64: boolean,
): { expected: string; got: string } | undefined {
  const types = typeof schemaType === 'string' ? [schemaType] : [...schemaType];
  const joined = types.join(',');
  if (value === null || value === undefined) {
    return types.includes('null') ? undefined : { expected: joined, got: 'null' };
  }
  const dt = dataTypeOf(value, intsAreInt64);
  const isString = typeof value === 'string';
  const isSlice = Array.isArray(value);
  const isFloatInt = dt.type === 'number' && typeof value === 'number' && Number.isInteger(value) && types.includes('integer');
  const isIntFloat = dt.type === 'integer' && types.includes('number');
  const isLowerInt = format === 'int64' && dt.format === 'int32';
  const fmt = format ?? '';
  if (!isString && !isSlice && fmt !== '' && !(types.includes(dt.type) || dt.format === fmt || isFloatInt || isIntFloat || isLowerInt)) {
    return { expected: fmt, got: dt.format };
  }
  if (!(types.includes('number') || types.includes('integer')) && fmt !== '' && (isString || isSlice)) return undefined;
  if (!(types.includes(dt.type) || isFloatInt || isIntFloat)) return { expected: joined, got: dt.type };
  return undefined;
}

/** go-openapi `errors.InvalidType` with data: `<path> in body must be of type <t>: "<got>"`. */
export function typeMessage(path: Path, expected: string, got: string): string {
  return `${dottedPath(path)} in body must be of type ${expected}: ${goQuote(got)}`;
}

/** The API server's CRD validation wraps the same text: `<path>: Invalid value: "<got>": <path> in body must be …`. */
export function crdTypeMessage(path: Path, expected: string, got: string): string {
  const p = bracketPath(path);
  return `${p}: Invalid value: ${goQuote(got)}: ${p} in body must be of type ${expected}: ${goQuote(got)}`;
}
