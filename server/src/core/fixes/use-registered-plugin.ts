// N-01: a binding plugin name the KubeVirt CR does not register → one of the registered names. The closest one
// (same name in another case, or at most two edits away) is preferred; the others are offered too (at most five).

import { isScalar } from 'yaml';
import type { Fix } from './fix';
import { nodeAt, type FixTarget } from './target';
import { replaceScalar } from './yaml-edit';

export function useRegisteredPlugin(t: FixTarget): Fix[] {
  if (t.finding.code !== 'N-01') return [];
  const registered = t.finding.data?.['registered'];
  const suggestion = t.finding.data?.['suggestion'];
  if (!Array.isArray(registered)) return [];
  const node = nodeAt(t, t.finding.at);
  if (!isScalar(node)) return [];
  const names = [
    ...(typeof suggestion === 'string' ? [suggestion] : []),
    ...registered.filter((n): n is string => typeof n === 'string' && n !== suggestion),
  ].slice(0, 5);
  const out: Fix[] = [];
  for (const n of names) {
    const edit = replaceScalar(t, node, n);
    if (edit)
      out.push({
        title: `Use the registered binding plugin ${JSON.stringify(n)}`,
        code: 'N-01',
        isPreferred: n === suggestion,
        edits: [edit],
      });
  }
  return out;
}
