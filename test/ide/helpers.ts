// Helpers for the editor features of core/ide: a text with a `|` for the cursor, analysed in a context.
import { AnalysisCache, analyzeText, type FileAnalysis } from '../../server/src/core/analyze';
import { defaultContext, type Context, type NadRef } from '../../server/src/core/context/context';
import { withNads } from '../../server/src/core/context/load';
import type { TextEdit } from '../../server/src/core/fixes/fix';

/** The analysis of `withBar` without its `|`, and the `|`'s offset. */
export function at(withBar: string, ctx: Context = defaultContext()): { file: FileAnalysis; offset: number } {
  const offset = withBar.indexOf('|');
  if (offset < 0) throw new Error('no | in the text');
  const text = withBar.slice(0, offset) + withBar.slice(offset + 1);
  return { file: analyzeText(text, ctx, new AnalysisCache()), offset };
}

export function ctxWithNads(nads: NadRef[], over: Partial<Context> = {}): Context {
  return withNads({ ...defaultContext(), ...over }, nads);
}

/** `text` with the edits applied (none may overlap). */
export function applyAll(text: string, edits: readonly TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.span.start - a.span.start))
    out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}

/** A snippet's text as inserted once its placeholders are left empty (`$0`, `${1:x}` → x, `${1|a,b|}` → a). */
export function expandSnippet(s: string): string {
  return s
    .replace(/\$\{\d+\|([^,|]*)[^}]*\}/g, '$1')
    .replace(/\$\{\d+:([^}]*)\}/g, '$1')
    .replace(/\$\d+/g, '');
}

export const VM = `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: web
  namespace: demo
spec:
  runStrategy: Always
  template:
    spec:
      domain:
        devices:
          interfaces:
          - name: default
            masquerade: {}
          - name: storage
            bridge: {}
      networks:
      - name: default
        pod: {}
      - name: storage
        multus:
          networkName: storage-nad
`;
