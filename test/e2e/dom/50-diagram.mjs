// The wiring diagram in the real workbench: the hover's "Show wiring diagram" link opens the webview beside the
// editor with the VM under the mouse (web); moving the cursor to the second VM (fast) redraws it; an edit (the
// SR-IOV NAD renamed) redraws it again; the theme toggled, it follows the theme. Every assertion reads the
// webview's own DOM (the iframe with our page): the header naming the VM, the SVG's boxes and their texts, the
// computed colours. Photos in both themes; the file is reverted and the theme restored at the end.
import fs from 'node:fs';
import path from 'node:path';
import { sleep } from '../harness/workbench.mjs';

const FILE = 'vm-diagram.yaml';
const LINES = fs.readFileSync(path.join(import.meta.dirname, '..', 'fixtures', FILE), 'utf8').split('\n');
const lineOf = (s) => LINES.findIndex((l) => l.includes(s)) + 1;

/** What the diagram webview shows, read in its frame; null in frames that are not it. */
function readDiagram() {
  const svg = document.querySelector('svg.vw-diagram');
  if (!svg) return null;
  const header = document.querySelector('header');
  const fill = (el) => (el ? getComputedStyle(el).fill : '');
  return {
    vm: header?.dataset.vmName ?? '',
    headline: header?.textContent ?? '',
    theme: document.body.className,
    boxes: [...svg.querySelectorAll('g.vw-node')].map((g) => ({
      kind: g.dataset.kind,
      name: g.dataset.name,
      texts: [...g.querySelectorAll('text')].map((t) => t.textContent),
    })),
    colors: {
      text: fill(svg.querySelector('.vw-title')),
      role: fill(svg.querySelector('.vw-role')),
      bg: fill(svg.querySelector('.vw-bg')),
    },
  };
}

/** Polls the webview frames (they render on their own, with no event to wait on from here) until `ok(state)`. */
async function diagram(ui, ok, what, timeoutMs = 45000) {
  const end = Date.now() + timeoutMs;
  let last = null;
  while (Date.now() < end) {
    for (const frame of ui.page.frames()) {
      if (frame === ui.page.mainFrame()) continue;
      const s = await frame.evaluate(readDiagram).catch(() => null);
      if (!s) continue;
      last = s;
      if (ok(s)) return s;
    }
    await sleep(200);
  }
  throw new Error(
    `the diagram webview never showed ${what}; last seen: ${JSON.stringify(last && { ...last, boxes: last.boxes.map((b) => b.name) })}`,
  );
}

const has = (s, kind, name) => s.boxes.some((b) => b.kind === kind && b.name === name);

/** WCAG contrast ratio of two computed colours `rgb(r, g, b)`. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

function readable(s) {
  const t = contrast(s.colors.text, s.colors.bg);
  const r = contrast(s.colors.role, s.colors.bg);
  if (t < 4.5 || r < 3) throw new Error(`text contrast ${t.toFixed(1)} (role ${r.toFixed(1)}) on ${s.colors.bg} in ${s.theme}`);
  return `text ${t.toFixed(1)}:1, role ${r.toFixed(1)}:1`;
}

/**
 * Clicks a link at the end of the open hover as a user does: the mouse into the hover, the wheel down until the link
 * shows, a click on it. (A locator click scrolls what it clicks into view, the editor's overflow-hidden layers too.)
 */
async function clickHoverLink(ui, text) {
  const { page } = ui;
  const hover = page.locator('.monaco-hover:not(.hidden)').first();
  const link = hover.locator('a', { hasText: text }).first();
  const box = await hover.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height - 8, { steps: 6 });
  for (let i = 0; i < 40; i++) {
    const l = await link.boundingBox();
    const h = await hover.boundingBox();
    if (l && h && l.y >= h.y && l.y + l.height <= h.y + h.height) {
      await page.mouse.click(l.x + l.width / 2, l.y + l.height / 2);
      return;
    }
    await page.mouse.wheel(0, 200);
    await sleep(100);
  }
  throw new Error(`the hover's "${text}" link never came into view`);
}

async function goToLine(ui, n) {
  await ui.page.keyboard.press('Control+G');
  const input = ui.page.locator('.quick-input-widget input').first();
  await input.waitFor({ state: 'visible' });
  await input.fill(`:${n}`);
  await ui.page.keyboard.press('Enter');
  await input.waitFor({ state: 'hidden' });
}

export default {
  title: 'the wiring diagram beside the editor follows the cursor, the text and the theme',
  async run(ui) {
    const { page } = ui;
    await ui.openFromExplorer(FILE);
    await ui.runCommand('View: Close Primary Side Bar'); // room for the editor and the diagram side by side

    // the hover's link opens the diagram of the hovered VM, beside the editor
    await ui.hover('storage', [/Show wiring diagram/]);
    await clickHoverLink(ui, 'Show wiring diagram');
    const web = await diagram(ui, (s) => s.vm === 'web' && has(s, 'bridge', 'k6t-eth0') && has(s, 'tap', 'tap0'), 'the VM "web"');
    for (const [kind, name] of [
      ['cni', 'pod network'],
      ['pod-iface', 'eth0'],
      ['nat', 'nftables NAT'],
      ['nad', 'demo/storage-nad'],
      ['bridge', 'k6t-49a25f9feef'],
      ['tap', 'tap49a25f9feef'],
      ['nic', 'ua-default'],
    ]) {
      if (!has(web, kind, name))
        throw new Error(`no ${kind} box "${name}" in the diagram of web: ${JSON.stringify(web.boxes.map((b) => b.name))}`);
    }
    if (!web.boxes.find((b) => b.name === 'ua-default').texts.includes('10.0.2.2/24 via 10.0.2.1'))
      throw new Error('the guest NIC does not show 10.0.2.2/24 via 10.0.2.1');
    const groups = page.locator('.editor-group-container');
    const yamlGroup = groups.filter({ has: page.locator(`.tab[data-resource-name=${JSON.stringify(FILE)}]`) }).first();
    const diagramGroup = groups.filter({ has: page.locator('.tab', { hasText: 'Wiring: web' }) }).first();
    const [a, b] = [await yamlGroup.boundingBox(), await diagramGroup.boundingBox()];
    if (!a || !b || b.x < a.x + a.width - 1)
      throw new Error(`the diagram is not beside the editor: editor ${JSON.stringify(a)}, diagram ${JSON.stringify(b)}`);
    await page.mouse.move(0, 0); // the hover closes; nothing covers the picture
    await page
      .locator('.monaco-hover:not(.hidden)')
      .first()
      .waitFor({ state: 'hidden', timeout: 10000 })
      .catch(() => {});
    const theme0 = web.theme.includes('vscode-light') ? 'light' : 'dark';
    await ui.photo(
      `diagram-web-${theme0}.png`,
      `${theme0} theme: the hover's "Show wiring diagram" link on "storage" opened the diagram of "web" beside the editor: pod network → eth0 → nftables NAT (tcp 80, 443 → 10.0.2.2) → k6t-eth0 → tap0, demo/storage-nad → 49a25f9feef-nic → k6t-49a25f9feef → tap49a25f9feef, the guest NICs below (scroll); ${readable(web)}`,
    );

    // the cursor to the second VM: the diagram follows (no mouse click in the editor: a locator click scrolls the
    // editor's overflow-hidden layers into a state it never repaints)
    await ui.runCommand('View: Focus First Editor Group');
    await goToLine(ui, lineOf('sriov: {}'));
    const fast = await diagram(
      ui,
      (s) => s.vm === 'fast' && has(s, 'passt', 'passt') && has(s, 'hostdev', 'ua-sriov-sriov-net') && has(s, 'vf', 'sriov/sriov-nad'),
      'the VM "fast" with passt and the SR-IOV VF',
    );
    if (!/VM 2 of 2/.test(fast.headline)) throw new Error(`headline: ${fast.headline}`);
    await page.locator('.tab', { hasText: 'Wiring: fast' }).first().waitFor();

    // an edit: the SR-IOV network's NAD renamed; the diagram redraws with the new name
    await goToLine(ui, lineOf('networkName: sriov/sriov-nad'));
    await page.keyboard.press('End');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.type('networkName: sriov/fast-vfs');
    const edited = await diagram(
      ui,
      (s) => s.vm === 'fast' && has(s, 'vf', 'sriov/fast-vfs') && !has(s, 'vf', 'sriov/sriov-nad'),
      'the renamed NAD sriov/fast-vfs',
    );
    const first = edited.theme.includes('vscode-light') ? 'light' : 'dark';
    await ui.photo(
      `diagram-${first}.png`,
      `${first} theme: vm-diagram.yaml with the cursor in the second VM; beside it the diagram of "fast" redrawn after the edit: pod network → eth0 → passt → ua-default (vhost-user), sriov/fast-vfs (SR-IOV VF) → pod5862143f341 → ua-sriov-sriov-net (PCI passthrough); ${readable(edited)}`,
    );

    // the other theme: the webview's colours follow it
    await ui.runCommand('Preferences: Toggle between Light/Dark Themes');
    const other = first === 'light' ? 'dark' : 'light';
    const themed = await diagram(
      ui,
      (s) => s.theme.includes(`vscode-${other}`) && s.vm === 'fast' && has(s, 'vf', 'sriov/fast-vfs'),
      `the ${other} theme`,
    );
    if (themed.colors.bg === edited.colors.bg) throw new Error(`the background stayed ${themed.colors.bg} in the ${other} theme`);
    await ui.photo(`diagram-${other}.png`, `${other} theme: the same diagram of "fast" after the theme toggle; ${readable(themed)}`);

    // leave things as they were: theme, file, side bar
    await ui.runCommand('Preferences: Toggle between Light/Dark Themes');
    await diagram(ui, (s) => s.theme.includes(`vscode-${first}`), `the ${first} theme again`);
    await ui.runCommand('View: Focus First Editor Group');
    await ui.runCommand('File: Revert File');
    await page.locator('.tab.dirty').first().waitFor({ state: 'detached', timeout: 10000 });
    await ui.runCommand('View: Close All Editors');
    await ui.runCommand('View: Toggle Primary Side Bar Visibility');
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
  },
};
