// What a hover on a document needs, computed ahead: the server calls this in idle time for every VM of an open
// file, so the first hover on any of them is served from the caches (the wiring, the source map's lookup, the
// interface previews) instead of computing them while the user waits.

import type { DocAnalysis, FileAnalysis } from '../analyze';
import { interfacesOf } from '../model/resource';
import { hoverAt } from './hover';

/** Wires the document and renders the hover of each of its interfaces once (the results stay cached). */
export function prepareHover(file: FileAnalysis, doc: DocAnalysis): void {
  const source = doc.source;
  if (!doc.resource || !source) return;
  doc.wiring();
  const base = [...doc.resource.specPath, 'domain', 'devices', 'interfaces'];
  const count = interfacesOf(doc.resource.spec).length;
  for (let i = 0; i < count; i++) hoverAt(file, doc.start + source.spanFor([...base, i, 'name'], 'value').start);
}
