// An XML element tree (elements and attributes, no text nodes: KubeVirt's network devices have none). The
// wiring builds trees in KubeVirt's order (domain-xml.ts); render/xml.ts prints them, in Go's compact
// encoding/xml form or indented. Attribute values stay data: `fromPod:` values are printed as placeholders.

export type AttrValue = string | number;
export type Attr = readonly [name: string, value: AttrValue | undefined | null];

export interface XmlElement {
  name: string;
  /** Attributes in output order; absent ones are dropped. */
  attrs: (readonly [name: string, value: AttrValue])[];
  children: XmlElement[];
}

/** An element; attributes whose value is undefined/null and children that are falsy are left out. */
export function el(name: string, attrs: Attr[] = [], children: (XmlElement | undefined | null | false)[] = []): XmlElement {
  const e: XmlElement = { name, attrs: [], children: [] };
  for (const a of attrs) if (a[1] !== undefined && a[1] !== null) e.attrs.push(a as readonly [string, AttrValue]);
  for (const c of children) if (c) e.children.push(c);
  return e;
}
