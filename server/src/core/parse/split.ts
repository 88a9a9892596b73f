// Splits a multi-document YAML file into documents by their `---` / `...` markers, so each document can
// be parsed and cached on its own (a marker at column 0 always ends a document, even in a block scalar).

export interface Chunk {
  /** Offset of the document's first character (leading comments or its `---` line) in the file. */
  start: number;
  /** Offset just past the document's last character. */
  end: number;
}

const START = /^---(?:[ \t]|\r?$)/;
const END = /^\.\.\.(?:[ \t]|\r?$)/;

export function splitDocuments(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let hasContent = false; // a `---` marker or a line that is neither blank nor a comment
  let pos = 0;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 ? text.length : nl;
    const next = nl < 0 ? text.length : nl + 1;
    const line = text.slice(pos, lineEnd);
    if (START.test(line)) {
      if (hasContent) {
        chunks.push({ start: chunkStart, end: pos });
        chunkStart = pos;
      }
      hasContent = true;
    } else if (END.test(line)) {
      chunks.push({ start: chunkStart, end: next });
      chunkStart = next;
      hasContent = false;
    } else if (!hasContent) {
      const t = line.trim();
      if (t !== '' && !t.startsWith('#') && !t.startsWith('%')) hasContent = true;
    }
    if (nl < 0) break;
    pos = next;
  }
  if (hasContent || chunks.length === 0) chunks.push({ start: chunkStart, end: text.length });
  else chunks[chunks.length - 1] = { start: chunks[chunks.length - 1]!.start, end: text.length };
  return chunks;
}
