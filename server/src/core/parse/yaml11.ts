// Scalar resolution as kubectl sees it: sigs.k8s.io/yaml over go-yaml v2, i.e. YAML 1.1 booleans
// (y/n/yes/no/on/off in their cases), null forms, ints with 0x / 0o / 0b / leading-0 octal and `_`,
// but no base-60 numbers and no timestamps (go-yaml v2 hands those to JSON as strings).

import type { ParseOptions, DocumentOptions, SchemaOptions, ScalarTag, CollectionTag } from 'yaml';

type Tag = ScalarTag | CollectionTag;

const goOctalPrefixed: ScalarTag = {
  identify: (v: unknown) => typeof v === 'number' && Number.isInteger(v),
  default: true,
  tag: 'tag:yaml.org,2002:int',
  format: 'OCT',
  test: /^[-+]?0o[0-7_]+$/,
  resolve: (str: string) => {
    const sign = str.startsWith('-') ? -1 : 1;
    const digits = str.replace(/^[-+]?0o/, '').replace(/_/g, '');
    return sign * parseInt(digits, 8);
  },
};

/** go-yaml v2's float syntax: digits are required before an exponent (`e1000` is a string). */
const goFloat: ScalarTag = {
  identify: (v: unknown) => typeof v === 'number',
  default: true,
  tag: 'tag:yaml.org,2002:float',
  test: /^[-+]?(?:\.[0-9_]+|[0-9][0-9_]*(?:\.[0-9_]*)?)(?:[eE][-+]?[0-9]+)?$/,
  resolve: (str: string) => parseFloat(str.replace(/_/g, '')),
};

/** Drop YAML 1.1's sexagesimal numbers and timestamps, use go-yaml's float syntax, add Go's `0o` octal. */
export function kubectlTags(tags: Tag[]): Tag[] {
  const kept = tags.filter((t) => {
    if (t.tag === 'tag:yaml.org,2002:timestamp') return false;
    const st = t as ScalarTag;
    if (st.format === 'TIME') return false;
    // keep only the .inf/.nan float tag; decimal and exponent forms come from goFloat
    if (t.tag === 'tag:yaml.org,2002:float' && !String(st.test).includes('inf')) return false;
    return true;
  });
  kept.push(goFloat);
  const intIdx = kept.findIndex((t) => t.tag === 'tag:yaml.org,2002:int');
  kept.splice(intIdx < 0 ? kept.length : intIdx, 0, goOctalPrefixed);
  return kept;
}

export const PARSE_OPTIONS: ParseOptions & DocumentOptions & SchemaOptions = {
  version: '1.1',
  schema: 'yaml-1.1',
  customTags: kubectlTags as SchemaOptions['customTags'],
  // duplicate keys are found by parse/document.ts in one pass (the library's check is quadratic)
  uniqueKeys: false,
  merge: true,
  keepSourceTokens: false,
  prettyErrors: false,
  strict: false,
};
