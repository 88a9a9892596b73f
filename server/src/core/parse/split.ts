// Splits a multi-document YAML file into documents at its `---` lines, as kubectl does (apimachinery's
// YAMLReader splits only there, even inside a block scalar), so each document can be parsed and cached
// on its own. A `...` line does not split: go-yaml ends the document there and kubectl ignores the rest
// of the chunk (parse/kubectl-text.ts).

export interface Chunk {
  /** Offset of the document's first character (leading comments or its `---` line) in the file. */
  start: number;
  /** Offset just past the document's last character. */
  end: number;
}

/** Marker lines: `---` at column 0, alone or followed by white space. */
const MARKER = /^---(?=[ \t\r\n]|$)/gm;
/** A line that is neither blank, nor a comment, nor a directive. */
const CONTENT = /^[ \t]*[^\s#%]/m;

export function splitDocuments(text: string): Chunk[] {
  const chunks: Chunk[] = [];
  let chunkStart = 0;
  let hasMarker = false; // the current chunk has its own `---`
  let scanned = 0; // content before this offset in the current chunk has been looked at
  let hasContent = false;
  const contentUpTo = (end: number): boolean => {
    if (!hasContent && end > scanned) hasContent = CONTENT.test(text.slice(scanned, end));
    scanned = Math.max(scanned, end);
    return hasContent || hasMarker;
  };
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const at = m.index;
    if (contentUpTo(at)) {
      chunks.push({ start: chunkStart, end: at });
      chunkStart = at;
      hasContent = false;
    }
    hasMarker = true;
    const nl = text.indexOf('\n', at);
    scanned = nl < 0 ? text.length : nl + 1; // the marker line itself is not content
  }
  if (contentUpTo(text.length) || chunks.length === 0) chunks.push({ start: chunkStart, end: text.length });
  else chunks[chunks.length - 1] = { start: chunks[chunks.length - 1]!.start, end: text.length };
  return chunks;
}
