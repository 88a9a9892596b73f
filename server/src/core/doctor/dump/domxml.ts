// `virsh dumpxml <namespace>_<name>` (libvirt's rendering of the running domain: single quotes, self-closing
// tags, addresses libvirt assigned). Parsed with @xmldom/xmldom into plain element records; only
// <devices>' <interface> and <hostdev> elements are compared.

import type * as Xmldom from '@xmldom/xmldom';
import type { XmlNode } from '../types';

/**
 * The XML parser, loaded when a domain XML is first parsed: a language server or a `virtwire check` that never
 * sees one does not pay for loading it (the bundles keep it as a module initialised on first use).
 */
let xmldom: typeof Xmldom | undefined;
function parser(): typeof Xmldom {
  xmldom ??= require('@xmldom/xmldom') as typeof Xmldom;
  return xmldom;
}

const ELEMENT = 1;

interface DomLike {
  nodeType: number;
  nodeName: string;
  attributes?: { length: number; item(i: number): { name: string; value: string } | null } | null;
  childNodes: { length: number; item(i: number): DomLike | null };
}

function toNode(e: DomLike, depth: number): XmlNode {
  const attrs: Record<string, string> = {};
  const a = e.attributes;
  if (a)
    for (let i = 0; i < a.length; i++) {
      const at = a.item(i);
      if (at) attrs[at.name] = at.value;
    }
  const children: XmlNode[] = [];
  if (depth < 32) {
    for (let i = 0; i < e.childNodes.length; i++) {
      const c = e.childNodes.item(i);
      if (c && c.nodeType === ELEMENT) children.push(toNode(c, depth + 1));
    }
  }
  return { name: e.nodeName, attrs, children };
}

export type ParsedDomain = { ok: true; domain: XmlNode } | { ok: false; message: string };

export function parseDomainXml(text: string): ParsedDomain {
  let firstError: string | undefined;
  try {
    const doc = new (parser().DOMParser)({
      onError: (level: string, msg: string) => {
        if (level !== 'warning') firstError ??= String(msg).split('\n')[0]!.slice(0, 160);
      },
    }).parseFromString(text, 'text/xml');
    const root = doc.documentElement as unknown as DomLike | null;
    if (!root) return { ok: false, message: firstError ?? 'no root element' };
    if (root.nodeName !== 'domain') return { ok: false, message: `the root element is <${root.nodeName.slice(0, 40)}>, not <domain>` };
    return { ok: true, domain: toNode(root, 0) };
  } catch (e) {
    return { ok: false, message: firstError ?? (e instanceof Error ? e.message.split('\n')[0]!.slice(0, 160) : 'parse error') };
  }
}

export function child(n: XmlNode | undefined, name: string): XmlNode | undefined {
  return n?.children.find((c) => c.name === name);
}

export function children(n: XmlNode | undefined, name: string): XmlNode[] {
  return n?.children.filter((c) => c.name === name) ?? [];
}

/** The domain's <devices><interface> and <hostdev> elements. */
export function domainDevices(domain: XmlNode): { interfaces: XmlNode[]; hostdevs: XmlNode[] } {
  const devices = child(domain, 'devices');
  return { interfaces: children(devices, 'interface'), hostdevs: children(devices, 'hostdev') };
}

/** An element's `<alias name>`. */
export function aliasOf(n: XmlNode): string | undefined {
  return child(n, 'alias')?.attrs.name;
}
