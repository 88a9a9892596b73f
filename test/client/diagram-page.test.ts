// The diagram webview's page: a strict content security policy (no script, nothing remote, only its own style
// sheet by nonce), the server's SVG inside, and a headline that names the VM without letting its name be markup.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { diagramHtml, pageOf, type DiagramAnswer } from '../../client/src/diagram-page';
import { diagramOf } from '../../server/src/core/diagram/build';
import { layoutDiagram } from '../../server/src/core/diagram/layout';
import { diagramCss, diagramsSvg } from '../../server/src/core/render/diagram-svg';
import { wireData, spec, POD, MASQ } from '../wiring/helpers';

async function answer(name = 'web'): Promise<DiagramAnswer> {
  const d = diagramOf({ kind: 'VirtualMachine', name, wiring: wireData(spec([MASQ], [POD])) });
  return {
    count: 2,
    index: 1,
    kind: 'VirtualMachine',
    name,
    svg: diagramsSvg([await layoutDiagram(d)], { embedStyle: false }),
    css: diagramCss(),
  };
}

test('the page allows nothing but its own style sheet: no script, no remote resource, every <style> with the nonce', async () => {
  const html = diagramHtml(pageOf(await answer(), 'two-vms.yaml', true), 'N0nce');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html);
  assert.equal(csp?.[1], "default-src 'none'; style-src 'nonce-N0nce';");
  assert.equal((html.match(/<style\b/g) ?? []).length, 1);
  assert.ok(html.includes('<style nonce="N0nce">'));
  assert.ok(!/<script\b|\bon\w+=|javascript:|<link\b|<img\b|<iframe\b/i.test(html));
  // the only URLs: the SVG namespace (not a fetch) and the arrowhead marker inside the page
  const urls = html.match(/https?:\/\/[^"' )]+|url\([^)]*\)/g) ?? [];
  assert.deepEqual([...new Set(urls)].sort(), ['http://www.w3.org/2000/svg', 'url(#vw-arrow)']);
  assert.ok(html.includes('<main><svg xmlns="http://www.w3.org/2000/svg" class="vw-diagram"'));
  // the theme's colours override the SVG's own palette
  assert.match(html, /body \.vw-diagram\{--vw-bg:var\(--vscode-editor-background\)/);
});

test('the headline says which VM of how many, and what there is when there is none', async () => {
  const p = pageOf(await answer(), 'two-vms.yaml', true);
  assert.equal(p.headline, 'VirtualMachine web · VM 2 of 2 in two-vms.yaml · follows the cursor');
  assert.match(diagramHtml(p), /<header data-vm-kind="VirtualMachine" data-vm-name="web" data-vm-index="1">/);
  const none = { count: 0, index: -1, kind: '', name: '', svg: '<svg/>', css: '' };
  assert.equal(pageOf(none, 'cm.yaml', true).headline, 'No KubeVirt VM in cm.yaml.');
  assert.equal(pageOf(null, 'x.yaml', false).headline, 'The language server is not running.');
  assert.equal(pageOf(null, 'x.yaml', true).headline, 'The language server has no diagram for this document.');
});

test('a VM or file name is text in the headline, never markup', async () => {
  const evil = '<img src=x onerror=alert(1)>"';
  const html = diagramHtml(pageOf(await answer(evil), `${evil}.yaml`, true));
  assert.ok(!html.includes('<img'), html.slice(0, 600));
  assert.ok(html.includes('data-vm-name="&#60;img src=x onerror=alert(1)&#62;&#34;"'));
});
