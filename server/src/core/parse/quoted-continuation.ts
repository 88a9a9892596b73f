// Quoted scalars continued on less-indented lines. libyaml, and so go-yaml v2 and kubectl, do not check the
// indentation of a single- or double-quoted scalar's continuation lines (gopkg.in/yaml.v2 scannerc.go
// yaml_parser_scan_flow_scalar: only a document indicator at the start of a line stops it); the YAML spec
// and the yaml library require them to be indented. KubeVirt's own user guide has such a scalar
// (a hook-sidecar annotation). Where the library reports an unclosed quote, we indent the continuation
// lines of that scalar in a copy of the text, parse the copy, and map every range back to the original
// text (folding drops leading white space, so the value is the same).

/** Spaces inserted before `at` (an offset of the original text). */
export interface Insertion {
  at: number;
  count: number;
}

/** Where a quoted scalar that is open at the end of the line holding `pos` starts, or -1. */
function openQuoteOnLine(text: string, pos: number): number {
  const lineStart = text.lastIndexOf('\n', Math.max(0, pos - 1)) + 1;
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  let open = -1;
  let quote = '';
  let prev = ''; // previous non-blank character outside quotes
  for (let i = lineStart; i < lineEnd; i++) {
    const c = text[i]!;
    if (quote === "'") {
      if (c === "'") {
        if (text[i + 1] === "'") i++;
        else quote = '';
      }
      continue;
    }
    if (quote === '"') {
      if (c === '\\') i++;
      else if (c === '"') quote = '';
      continue;
    }
    if (c === '#' && (i === lineStart || /\s/.test(text[i - 1]!))) break;
    if ((c === "'" || c === '"') && (prev === '' || ':-[{,?'.includes(prev))) {
      quote = c;
      open = i;
      continue;
    }
    if (c !== ' ' && c !== '\t') prev = c;
  }
  return quote ? open : -1;
}

/** Insertions that indent the continuation lines of the quoted scalar or flow collection opened at `open`. */
function indentScalar(text: string, open: number): { ins: Insertion[]; close: number } | undefined {
  const column = open - (text.lastIndexOf('\n', open - 1) + 1);
  const out: Insertion[] = [];
  const closers: string[] = []; // pending closing characters, innermost last
  const opener = text[open]!;
  closers.push(opener === '[' ? ']' : opener === '{' ? '}' : opener);
  let quote = opener === "'" || opener === '"' ? opener : '';
  const newline = (i: number): void => {
    let j = i + 1;
    while (text[j] === ' ') j++;
    const indent = j - (i + 1);
    const blank = j >= text.length || text[j] === '\n' || text[j] === '\r';
    if (!blank && indent <= column) out.push({ at: i + 1, count: column + 1 - indent });
  };
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\n') {
      newline(i);
      continue;
    }
    if (quote === "'") {
      if (c === "'") {
        if (text[i + 1] === "'") i++;
        else {
          quote = '';
          if (closers[closers.length - 1] === "'") closers.pop();
        }
      }
    } else if (quote === '"') {
      if (c === '\\' && text[i + 1] !== '\n') i++;
      else if (c === '"') {
        quote = '';
        if (closers[closers.length - 1] === '"') closers.pop();
      }
    } else if (c === "'" || c === '"') {
      quote = c;
      closers.push(c);
    } else if (c === '[') closers.push(']');
    else if (c === '{') closers.push('}');
    else if (c === ']' || c === '}') {
      if (closers[closers.length - 1] === c) closers.pop();
    } else if (c === '#' && /\s/.test(text[i - 1]!)) {
      const nl = text.indexOf('\n', i);
      i = (nl < 0 ? text.length : nl) - 1;
    }
    if (closers.length === 0) return { ins: out, close: i };
  }
  return undefined; // never closed: nothing to repair
}

/** The unclosed flow collection (`[` or `{`) that a line starting at `pos` continues, or -1. */
function openFlowBefore(text: string, pos: number): number {
  let depth = 0;
  for (let i = pos - 1, lines = 0; i >= 0 && lines < 200; i--) {
    const c = text[i]!;
    if (c === '\n') lines++;
    else if (c === ']' || c === '}') depth++;
    else if (c === '[' || c === '{') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/**
 * The text with the quoted scalars open at `positions` re-indented, and the insertions made; undefined
 * when none of them is a quoted scalar that closes later.
 */
export function reindentQuoted(
  text: string,
  positions: number[],
  flows: number[] = [],
): { text: string; insertions: Insertion[] } | undefined {
  const all: Insertion[] = [];
  const seen = new Set<number>();
  const opens = [...positions.map((p) => openQuoteOnLine(text, p)), ...flows.map((p) => openFlowBefore(text, p))].sort((a, b) => a - b);
  let coveredTo = -1; // a quote inside a region already repaired is its closing quote, not an opener
  for (const open of opens) {
    if (open < 0 || seen.has(open) || open <= coveredTo) continue;
    seen.add(open);
    const r = indentScalar(text, open);
    if (!r) continue;
    all.push(...r.ins);
    coveredTo = r.close;
  }
  if (all.length === 0) return undefined;
  all.sort((a, b) => a.at - b.at);
  const merged: Insertion[] = [];
  for (const ins of all) {
    const last = merged[merged.length - 1];
    if (last && last.at === ins.at) last.count = Math.max(last.count, ins.count);
    else merged.push({ ...ins });
  }
  let out = '';
  let from = 0;
  for (const ins of merged) {
    out += text.slice(from, ins.at) + ' '.repeat(ins.count);
    from = ins.at;
  }
  out += text.slice(from);
  return { text: out, insertions: merged };
}

/** Maps an offset of the re-indented text back to the original text. */
export function offsetMapper(insertions: Insertion[]): (offset: number) => number {
  return (p) => {
    let shift = 0;
    for (const ins of insertions) {
      const insStart = ins.at + shift; // where the inserted spaces begin in the new text
      if (p < insStart) break;
      if (p < insStart + ins.count) return ins.at;
      shift += ins.count;
    }
    return p - shift;
  };
}
