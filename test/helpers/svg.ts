// Reads an SVG the way a strict XML parser does (any error or warning fails the test) and gives what a reader of
// the picture sees: the texts, and the boxes with their data attributes.

import { DOMParser, type Element } from '@xmldom/xmldom';

export interface SvgBox {
  kind: string;
  name: string;
  zone: string;
  iface: string | null;
  /** The box's texts, top to bottom: title, role, details. */
  texts: string[];
}

export interface ParsedSvg {
  root: Element;
  /** Every <text> element's content, in document order. */
  texts: string[];
  boxes: SvgBox[];
  /** The data-name of each VM group. */
  vms: string[];
}

export function parseSvg(text: string): ParsedSvg {
  const problems: string[] = [];
  const doc = new DOMParser({ onError: (level: string, msg: string) => void problems.push(`${level}: ${msg}`) }).parseFromString(
    text,
    'image/svg+xml',
  );
  if (problems.length > 0) throw new Error(`not well-formed: ${problems.join('; ')}`);
  const root = doc.documentElement as unknown as Element;
  if (!root || root.nodeName !== 'svg' || root.getAttribute('xmlns') !== 'http://www.w3.org/2000/svg') throw new Error('no <svg> root');
  const all = (e: Element, tag: string): Element[] => Array.from(e.getElementsByTagName(tag) as unknown as ArrayLike<Element>);
  const texts = all(root, 'text').map((t) => t.textContent ?? '');
  const boxes = all(root, 'g')
    .filter((g) => (g.getAttribute('class') ?? '').split(' ').includes('vw-node'))
    .map((g) => ({
      kind: g.getAttribute('data-kind') ?? '',
      name: g.getAttribute('data-name') ?? '',
      zone: g.getAttribute('data-zone') ?? '',
      iface: g.getAttribute('data-iface'),
      texts: all(g, 'text').map((t) => t.textContent ?? ''),
    }));
  const vms = all(root, 'g')
    .filter((g) => g.getAttribute('class') === 'vw-vm')
    .map((g) => g.getAttribute('data-name') ?? '');
  return { root, texts, boxes, vms };
}
