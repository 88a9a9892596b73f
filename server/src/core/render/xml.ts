// Prints the wiring's XML element trees (wiring/xml.ts): in Go's compact encoding/xml Marshal form —
// double-quoted attributes in the given order, explicit end tags (`<source></source>`), no whitespace,
// attribute values escaped like xml.EscapeString (what KubeVirt hands libvirt, and what the wiring cases
// compare byte for byte) — or indented the way `virsh dumpxml` shows it (two spaces, `<x/>` when empty).
// Runtime values are written as `{{fromPod:…}}` placeholders. (No XML library: none writes Go's escapes
// `&#34;` `&#39;` `&#x9;`…, and the trees have no text nodes, so each printer is a few lines.)

import type { XmlElement } from '../wiring/xml';
import { inlineValue } from './placeholder';

/** Nothing to escape: no control character, quote, `&`, `<`, `>`, surrogate or U+FFFE/U+FFFF. */
function plain(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x26 || c === 0x27 || c === 0x3c || c === 0x3e || (c >= 0xd800 && c <= 0xdfff) || c >= 0xfffe)
      return false;
  }
  return true;
}

/** Go's xml.EscapeString. */
export function escapeAttr(s: string): string {
  if (plain(s)) return s;
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case '"':
        out += '&#34;';
        break;
      case "'":
        out += '&#39;';
        break;
      case '&':
        out += '&amp;';
        break;
      case '<':
        out += '&lt;';
        break;
      case '>':
        out += '&gt;';
        break;
      case '\t':
        out += '&#x9;';
        break;
      case '\n':
        out += '&#xA;';
        break;
      case '\r':
        out += '&#xD;';
        break;
      default: {
        const valid =
          cp === 0x09 ||
          cp === 0x0a ||
          cp === 0x0d ||
          (cp >= 0x20 && cp <= 0xd7ff) ||
          (cp >= 0xe000 && cp <= 0xfffd) ||
          (cp >= 0x10000 && cp <= 0x10ffff);
        out += valid ? ch : '\uFFFD';
      }
    }
  }
  return out;
}

function startTag(e: XmlElement): string {
  let s = '<' + e.name;
  for (const [k, v] of e.attrs) s += ' ' + k + '="' + escapeAttr(inlineValue(v)) + '"';
  return s;
}

function writeGo(e: XmlElement, out: string[]): void {
  out.push(startTag(e), '>');
  for (const c of e.children) writeGo(c, out);
  out.push('</', e.name, '>');
}

/** Go's compact form: `<a x="1"><b></b></a>`. */
export function goXml(e: XmlElement): string {
  const out: string[] = [];
  writeGo(e, out);
  return out.join('');
}

/** Indented, libvirt-style: one element per line, `indent` before each, empty elements self-closed. */
export function prettyXml(e: XmlElement | readonly XmlElement[], indent = ''): string {
  const out: string[] = [];
  const walk = (n: XmlElement, pad: string): void => {
    if (n.children.length === 0) {
      out.push(`${pad}${startTag(n)}/>`);
      return;
    }
    out.push(`${pad}${startTag(n)}>`);
    for (const c of n.children) walk(c, pad + '  ');
    out.push(`${pad}</${n.name}>`);
  };
  for (const n of Array.isArray(e) ? e : [e as XmlElement]) walk(n, indent);
  return out.join('\n');
}
