// Pretty-prints the compact XML KubeVirt marshals (Go encoding/xml: no whitespace, explicit end tags)
// for reading: one element per line, two-space indent, empty elements self-closed the way libvirt's
// `virsh dumpxml` shows them. Attribute text is kept verbatim (quotes, entities, {{fromPod:…}} placeholders).
// Not a validating parser: anything it does not understand is returned unchanged.

interface XmlNode {
  open: string; // `<tag attr="…">` without the closing `>`
  name: string;
  children: XmlNode[];
  text: string;
}

const TOKEN = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<\/?[A-Za-z_][^<>]*>|[^<]+/g;

function parse(xml: string): XmlNode[] | undefined {
  const root: XmlNode = { open: '', name: '', children: [], text: '' };
  const stack: XmlNode[] = [root];
  let consumed = 0;
  for (const m of xml.matchAll(TOKEN)) {
    if (m.index !== consumed) return undefined;
    consumed += m[0].length;
    const tok = m[0];
    const top = stack[stack.length - 1]!;
    if (tok.startsWith('<!--') || tok.startsWith('<?')) {
      top.children.push({ open: tok, name: '#raw', children: [], text: '' });
    } else if (tok.startsWith('</')) {
      const name = tok.slice(2, -1).trim();
      if (top.name !== name || stack.length === 1) return undefined;
      stack.pop();
    } else if (tok.startsWith('<')) {
      const selfClosing = tok.endsWith('/>');
      const inner = tok.slice(1, selfClosing ? -2 : -1).trimEnd();
      const name = /^[^\s/>]+/.exec(inner)![0];
      const node: XmlNode = { open: `<${inner}`, name, children: [], text: '' };
      top.children.push(node);
      if (!selfClosing) stack.push(node);
    } else {
      if (tok.trim() === '') continue;
      if (stack.length === 1) return undefined;
      top.text += tok;
    }
  }
  if (consumed !== xml.length || stack.length !== 1) return undefined;
  return root.children;
}

function render(nodes: XmlNode[], indent: string, out: string[]): void {
  for (const n of nodes) {
    if (n.name === '#raw') {
      out.push(indent + n.open);
    } else if (n.children.length === 0 && n.text.trim() === '') {
      out.push(`${indent}${n.open}/>`);
    } else if (n.children.length === 0) {
      out.push(`${indent}${n.open}>${n.text.trim()}</${n.name}>`);
    } else {
      out.push(`${indent}${n.open}>`);
      if (n.text.trim() !== '') out.push(`${indent}  ${n.text.trim()}`);
      render(n.children, indent + '  ', out);
      out.push(`${indent}</${n.name}>`);
    }
  }
}

/** Indented, libvirt-style form of a compact XML fragment (returned unchanged if it cannot be read). */
export function prettyXml(xml: string, indent = ''): string {
  const nodes = parse(xml.trim());
  if (!nodes) return xml;
  const out: string[] = [];
  render(nodes, indent, out);
  return out.join('\n');
}
