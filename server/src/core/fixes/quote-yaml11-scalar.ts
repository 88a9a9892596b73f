// SCHEMA-06 on a string field whose plain value YAML 1.1 read as a boolean or a number (`no`, `on`, `y`,
// `0755`, `1e3`, `0x1F`, …): wrap the original text in double quotes, verbatim (preferred). The reverse
// slip — a quoted decimal (`port: "80"`) on an integer field — is unquoted (preferred).

import { isScalar, Scalar } from 'yaml';
import type { Fix } from './fix';
import { nodeAt, type FixTarget } from './target';

export function quoteYaml11Scalar(t: FixTarget): Fix[] {
  if (t.finding.code !== 'SCHEMA-06') return [];
  const node = nodeAt(t, t.finding.at);
  if (!isScalar(node) || !node.range) return [];
  const expected = String(t.finding.data?.['expected'] ?? '');
  const span = { start: t.doc.start + node.range[0], end: t.doc.start + node.range[1] };
  const source = t.text.slice(span.start, span.end);
  const plain = node.type === Scalar.PLAIN || node.type === undefined;
  if (expected.split(',').includes('string') && plain && (typeof node.value === 'boolean' || typeof node.value === 'number')) {
    if (/["\\]/.test(source) || source.includes('\n')) return [];
    return [
      {
        title: `Quote ${source} so it stays the string "${source}"`,
        code: 'SCHEMA-06',
        isPreferred: true,
        edits: [{ span, newText: `"${source}"` }],
      },
    ];
  }
  const quoted = node.type === Scalar.QUOTE_DOUBLE || node.type === Scalar.QUOTE_SINGLE;
  if ((expected === 'integer' || expected === 'number') && quoted && typeof node.value === 'string') {
    const v = node.value.trim();
    const ok = expected === 'integer' ? /^-?(0|[1-9]\d{0,15})$/.test(v) : /^-?(0|[1-9]\d*)(\.\d+)?$/.test(v);
    if (!ok) return [];
    return [{ title: `Write ${v} as a number`, code: 'SCHEMA-06', isPreferred: true, edits: [{ span, newText: v }] }];
  }
  return [];
}
