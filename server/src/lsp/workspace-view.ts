// The workspace as the navigation features see it (core/ide WorkspaceView): every other open YAML document with
// its current text, then the saved files the workspace index has read (workspace.ts), each file once.

import { pathToFileURL } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { indexAnalysis, mayIndex, type FileIndex, type Location, type WorkspaceView } from '../core/index';
import { toRange } from './convert';
import { isYaml, type Session } from './session';
import { uriToPath } from './workspace-context';

export function workspaceView(s: Session, uri: string): WorkspaceView {
  return {
    uri,
    *others(): Iterable<{ uri: string; index: FileIndex }> {
      const open = new Set<string>();
      for (const d of s.documents.all()) {
        open.add(uriToPath(d.uri));
        if (d.uri === uri || !isYaml(d) || !mayIndex(d.getText())) continue;
        yield { uri: d.uri, index: indexAnalysis(s.analysisOf(d)) };
      }
      for (const [file, index] of s.workspace.index.navIndexes()) {
        if (!open.has(file)) yield { uri: pathToFileURL(file).href, index };
      }
    },
  };
}

/** An LSP location: in the current document its span is mapped, elsewhere the index gave the range. */
export function toLocation(doc: TextDocument, l: Location): { uri: string; range: ReturnType<typeof toRange> } {
  return { uri: l.uri, range: l.uri === doc.uri || !l.range ? toRange(doc, l.span) : l.range };
}
