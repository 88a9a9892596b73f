// How deep a document nests. The YAML library composes recursively and, past its stack, records a
// stack-dependent error; the rest of the pipeline recurses too. So a document that nests deeper than
// MAX_DEPTH is not analysed, and says so at a position that does not depend on the call stack.

import { isMap, isPair, isSeq, isNode, type Node } from 'yaml';
import type { Span } from '../types';

/** Real manifests nest a few dozen levels; kubectl (go-yaml) accepts up to 10,000. */
export const MAX_DEPTH = 256;

/**
 * The range of the first node (in document order) deeper than `max` collections, or undefined when the
 * document stays within it. Iterative, so it works on any tree the parser could build.
 */
export function firstTooDeep(root: unknown, max = MAX_DEPTH): Span | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth + 1 > max) return spanOf(node);
    const children: unknown[] = [];
    for (const item of node.items as unknown[]) {
      if (isPair(item)) {
        children.push(item.key, item.value);
      } else children.push(item);
    }
    // reverse, so the first child is visited first (document order)
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], depth: depth + 1 });
  }
  return undefined;
}

function spanOf(node: Node): Span {
  const r = isNode(node) && node.range ? node.range : [0, 1];
  return { start: r[0], end: Math.max(r[0] + 1, r[1]) };
}
