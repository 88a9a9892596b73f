// A tiny element builder that prints like Go's encoding/xml Marshal: double-quoted attributes in the given
// order, explicit end tags (`<source></source>`), no whitespace, attribute values escaped like
// xml.EscapeString. Placeholders `{{fromPod:…}}` pass through untouched.

export type Attr = readonly [name: string, value: string | number | undefined | null];

export interface XmlElement {
  name: string;
  attrs: Attr[];
  children: XmlElement[];
}

export function el(name: string, attrs: Attr[] = [], children: (XmlElement | undefined | null | false)[] = []): XmlElement {
  return { name, attrs, children: children.filter((c): c is XmlElement => !!c) };
}

/** Go's xml.EscapeString. */
export function escapeAttr(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case '"': out += '&#34;'; break;
      case "'": out += '&#39;'; break;
      case '&': out += '&amp;'; break;
      case '<': out += '&lt;'; break;
      case '>': out += '&gt;'; break;
      case '\t': out += '&#x9;'; break;
      case '\n': out += '&#xA;'; break;
      case '\r': out += '&#xD;'; break;
      default: {
        const valid =
          cp === 0x09 || cp === 0x0a || cp === 0x0d ||
          (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);
        out += valid ? ch : '\uFFFD';
      }
    }
  }
  return out;
}

export function renderXml(e: XmlElement): string {
  let s = `<${e.name}`;
  for (const [k, v] of e.attrs) {
    if (v === undefined || v === null) continue;
    s += ` ${k}="${escapeAttr(String(v))}"`;
  }
  s += '>';
  for (const c of e.children) s += renderXml(c);
  return s + `</${e.name}>`;
}
