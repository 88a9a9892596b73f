// A document's value as kubectl sends it: sigs.k8s.io/yaml's YAMLToJSON, i.e. go-yaml v2 decoding into
// interface{} (gopkg.in/yaml.v2 decode.go, v2.4; sigs.k8s.io/yaml uses the same code as go.yaml.in/yaml/v2),
// then its key conversion to JSON (sigs.k8s.io/yaml yaml.go convertToJSONableObject). Scalars come from the
// syntax tree, already resolved with kubectl's YAML 1.1 rules (yaml11.ts); what differs from the yaml
// library's own toJS() is reproduced here:
// - aliases resolve to the last node with that anchor *started* before the alias in document order
//   (parserc.go registers an anchor when its node starts, so `&a [*a]` refers to itself); an alias to an
//   anchor not defined yet is a parse error: "unknown anchor 'x' referenced" (yaml.go parser.alias);
// - a node reached through its own alias fails: "anchor 'x' value contains itself" (decode.go d.alias);
// - go-yaml counts every node it decodes and every node decoded inside an alias, and fails with "document
//   contains excessive aliasing" once more than 100 alias-driven and 1000 total decodes have happened and
//   the alias share is above allowedAliasRatio (decode.go d.unmarshal, allowedAliasRatio): an alias bomb
//   is rejected exactly where kubectl rejects it;
// - merge keys `<<` (plain, or tagged !!merge) write into the mapping where they stand, overwriting keys
//   set before them; a sequence of maps is merged from its last item to its first, so earlier items win;
//   any other value fails: "map merge requires map or sequence of maps as the value" (decode.go d.merge);
// - a key that decodes to a sequence or mapping fails: "invalid map key: …" (decode.go d.mapping); a null
//   key fails in the JSON conversion ("Unsupported map key of type: %!s(<nil>)…"); int, float and bool
//   keys become strings.

import { isAlias, isMap, isPair, isScalar, isSeq, type Document, type Node } from 'yaml';
import type { Span } from '../types';

export class GoDecodeError extends Error {
  constructor(
    message: string,
    /** Range of the node that failed, relative to the document text. */
    readonly span: Span,
  ) {
    super(message);
  }
}

// decode.go: alias_ratio_range_low / alias_ratio_range_high
const RATIO_LOW = 400000;
const RATIO_HIGH = 4000000;

function allowedAliasRatio(decodeCount: number): number {
  if (decodeCount <= RATIO_LOW) return 0.99;
  if (decodeCount >= RATIO_HIGH) return 0.1;
  return 0.99 - 0.89 * ((decodeCount - RATIO_LOW) / (RATIO_HIGH - RATIO_LOW));
}

function spanOf(n: unknown, fallback: Span): Span {
  const r = (n as Node | undefined)?.range;
  return r ? { start: r[0], end: Math.max(r[1], r[0] + 1) } : fallback;
}

function isMergeKey(k: unknown): boolean {
  if (!isScalar(k)) return false;
  if (typeof k.value === 'symbol') return k.value.description === '<<';
  return k.value === '<<' && (k.type === 'PLAIN' || k.tag === 'tag:yaml.org,2002:merge');
}

/** Each alias's target, as go-yaml's parser resolves it; throws for an alias to an unknown anchor. */
function resolveAliases(root: unknown, whole: Span): Map<Node, Node> {
  const anchors = new Map<string, Node>();
  const targets = new Map<Node, Node>();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const n = stack.pop();
    if (isAlias(n)) {
      const target = anchors.get(n.source);
      if (!target) throw new GoDecodeError(`yaml: unknown anchor '${n.source}' referenced`, spanOf(n, whole));
      targets.set(n, target);
      continue;
    }
    if (!isScalar(n) && !isMap(n) && !isSeq(n)) continue;
    if (n.anchor) anchors.set(n.anchor, n);
    // children in document order (the stack is LIFO: push them reversed)
    if (isMap(n)) {
      for (let i = n.items.length - 1; i >= 0; i--) {
        const p = n.items[i]!;
        stack.push(p.value, p.key);
      }
    } else if (isSeq(n)) {
      for (let i = n.items.length - 1; i >= 0; i--) stack.push(n.items[i]);
    }
  }
  return targets;
}

/** JSON key of a decoded scalar key (sigs.k8s.io/yaml convertToJSONableObject). */
function jsonKey(k: unknown, keyNode: unknown, whole: Span): string {
  if (typeof k === 'string') return k;
  if (typeof k === 'boolean') return k ? 'true' : 'false';
  if (typeof k === 'number' || typeof k === 'bigint') {
    if (typeof k === 'number' && !Number.isInteger(k)) {
      if (k === Infinity) return '.inf';
      if (k === -Infinity) return '-.inf';
      if (Number.isNaN(k)) return '.nan';
      return String(Math.fround(k) === k ? k : Number(k.toPrecision(7)));
    }
    return String(k);
  }
  if (k === null || k === undefined) {
    throw new GoDecodeError(
      'Unsupported map key of type: %!s(<nil>), key: <nil> (kubectl cannot convert a null key to JSON)',
      spanOf(keyNode, whole),
    );
  }
  throw new GoDecodeError(`yaml: invalid map key: ${JSON.stringify(k)}`, spanOf(keyNode, whole));
}

function scalarValue(v: unknown): unknown {
  if (v instanceof Uint8Array) return new TextDecoder().decode(v); // !!binary: go-yaml hands the bytes on as a string
  if (typeof v === 'bigint') return Number(v);
  if (typeof v === 'symbol') return v.description;
  return v === undefined ? null : v;
}

/** The document's value as kubectl sends it to the API server; throws GoDecodeError where kubectl fails. */
export function goDecode(doc: Document.Parsed, textLength: number): unknown {
  const whole: Span = { start: 0, end: Math.max(1, textLength) };
  const root = doc.contents;
  if (root === null || root === undefined) return null;
  const targets = resolveAliases(root, whole);
  let decodeCount = 1; // the document node itself
  let aliasCount = 0;
  let aliasDepth = 0;
  const expanding = new Set<Node>();

  const count = (n: unknown): void => {
    decodeCount++;
    if (aliasDepth > 0) aliasCount++;
    if (aliasCount > 100 && decodeCount > 1000 && aliasCount / decodeCount > allowedAliasRatio(decodeCount)) {
      throw new GoDecodeError('yaml: document contains excessive aliasing', spanOf(n, whole));
    }
  };

  const decode = (n: unknown): unknown => {
    count(n);
    if (isAlias(n)) return viaAlias(n, decode);
    if (isScalar(n)) return scalarValue(n.value);
    if (isSeq(n)) return n.items.map((it) => decode(it));
    if (isMap(n)) {
      const out: Record<string, unknown> = {};
      mapInto(n, out);
      return out;
    }
    return null;
  };

  const viaAlias = <T>(n: Node, then: (target: Node) => T): T => {
    if (expanding.has(n))
      throw new GoDecodeError(`yaml: anchor '${(n as unknown as { source: string }).source}' value contains itself`, spanOf(n, whole));
    expanding.add(n);
    aliasDepth++;
    try {
      return then(targets.get(n)!);
    } finally {
      aliasDepth--;
      expanding.delete(n);
    }
  };

  /** d.mapping into an existing map (a merge writes into the map it stands in). */
  const mapInto = (m: unknown, out: Record<string, unknown>): void => {
    if (!isMap(m)) return;
    for (const pair of m.items) {
      if (!isPair(pair)) continue;
      if (isMergeKey(pair.key)) {
        merge(pair.value, out, pair.key);
        continue;
      }
      const k = decode(pair.key);
      if (k !== null && typeof k === 'object')
        throw new GoDecodeError(`yaml: invalid map key: ${JSON.stringify(k)}`, spanOf(pair.key, whole));
      const key = jsonKey(k, pair.key, whole);
      const v = decode(pair.value);
      Object.defineProperty(out, key, { value: v, writable: true, enumerable: true, configurable: true });
    }
  };

  const wantMap = (at: unknown): never => {
    throw new GoDecodeError('yaml: map merge requires map or sequence of maps as the value', spanOf(at, whole));
  };

  /** d.unmarshal of a merge source into `out`: counted like any node, aliases followed. */
  const mergeOne = (n: unknown, out: Record<string, unknown>): void => {
    count(n);
    if (isAlias(n)) {
      viaAlias(n, (target) => {
        mergeOne(target, out);
      });
    } else mapInto(n, out);
  };

  const merge = (v: unknown, out: Record<string, unknown>, key: unknown): void => {
    if (isMap(v)) mergeOne(v, out);
    else if (isAlias(v)) {
      if (!isMap(targets.get(v))) wantMap(key);
      mergeOne(v, out);
    } else if (isSeq(v)) {
      for (let i = v.items.length - 1; i >= 0; i--) {
        const it = v.items[i];
        if (isAlias(it) ? !isMap(targets.get(it)) : !isMap(it)) wantMap(it);
        mergeOne(it, out);
      }
    } else wantMap(key);
  };

  return decode(root);
}
