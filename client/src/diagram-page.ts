// The page of the wiring diagram's webview: a headline naming the VM, then the SVG the language server drew, with
// its style sheet and the theme's colours. No script; the content security policy allows nothing but this page's
// own style sheet (by nonce): no remote resource, no image, no font, no frame. (No `vscode` import: it is tested
// as plain functions.)

import { randomBytes } from 'node:crypto';

/** What the server answers (server/src/lsp/diagram.ts DiagramAnswer); null when it does not know the document. */
export interface DiagramAnswer {
  count: number;
  index: number;
  kind: string;
  name: string;
  svg: string;
  css: string;
}

/** The theme's colours for the diagram's palette (render/diagram-svg.ts names them --vw-*). */
const THEME_CSS =
  'body .vw-diagram{' +
  '--vw-bg:var(--vscode-editor-background);--vw-fg:var(--vscode-editor-foreground);' +
  '--vw-muted:var(--vscode-descriptionForeground);--vw-line:var(--vscode-descriptionForeground);' +
  '--vw-zone:color-mix(in srgb,var(--vscode-editor-foreground) 5%,var(--vscode-editor-background));' +
  '--vw-zone-stroke:color-mix(in srgb,var(--vscode-editor-foreground) 22%,var(--vscode-editor-background));' +
  '--vw-node:var(--vscode-editor-background);--vw-net:var(--vscode-charts-blue);--vw-pod:var(--vscode-charts-green);' +
  '--vw-dev:var(--vscode-charts-purple);--vw-nat:var(--vscode-charts-orange);--vw-proc:var(--vscode-charts-blue);' +
  '--vw-guest:var(--vscode-charts-yellow);--vw-problem:var(--vscode-errorForeground)}' +
  'body{margin:0;padding:8px 12px;background:var(--vscode-editor-background);color:var(--vscode-foreground);' +
  'font-family:var(--vscode-font-family);font-size:var(--vscode-font-size)}' +
  'header{color:var(--vscode-descriptionForeground);margin-bottom:4px}' +
  // a diagram wider than the panel is scaled down to fit (drawn top to bottom, most fit as they are)
  'main{overflow:auto}main svg{max-width:100%;height:auto}';

function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** What the page shows: a headline saying which VM this is, and the server's SVG with its style sheet. */
export interface Page {
  kind: string;
  name: string;
  index: number;
  headline: string;
  svg: string;
  css: string;
}

export function pageOf(a: DiagramAnswer | null, fileName: string, serverRunning: boolean): Page {
  if (!a) {
    const why = serverRunning ? 'The language server has no diagram for this document.' : 'The language server is not running.';
    return { kind: '', name: '', index: -1, headline: why, svg: '', css: '' };
  }
  const headline =
    a.index < 0
      ? `No KubeVirt VM in ${fileName}.`
      : `${a.kind} ${a.name} · VM ${a.index + 1} of ${a.count} in ${fileName} · follows the cursor`;
  return { kind: a.kind, name: a.name, index: a.index, headline, svg: a.svg, css: a.css };
}

/** The whole page. */
export function diagramHtml(p: Page, nonce = randomBytes(16).toString('base64')): string {
  return (
    '<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">' +
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}';">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1.0">' +
    `<style nonce="${nonce}">${p.css}${THEME_CSS}</style></head>` +
    `<body><header data-vm-kind="${escapeHtml(p.kind)}" data-vm-name="${escapeHtml(p.name)}" data-vm-index="${p.index}">` +
    `${escapeHtml(p.headline)}</header><main>${p.svg}</main></body></html>`
  );
}
