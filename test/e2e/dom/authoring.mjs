// Shared by the authoring checks (70–78; the runner loads only `NN-name.mjs`, so this file is not a check).
import fs from 'node:fs';
import path from 'node:path';
import { EDITOR } from '../harness/ui.mjs';

/** Opens a fixture and waits for the code lens above its VM (drawn late, it shifts the lines: locate words after it). */
export async function openWithLens(ui, file) {
  await ui.openFromExplorer(file);
  await ui.page.locator(`${EDITOR} .codelens-decoration`).first().waitFor({ timeout: 60000 });
}

/**
 * Runs `body(fixturePath, originalText)` with `source.fixAll.virtwire` on save (machine settings), then clears the
 * setting, closes the editors and restores the fixture on disk.
 */
export async function withFixAllOnSave(ui, file, body) {
  const fixture = path.join(import.meta.dirname, '..', 'fixtures', file);
  const original = fs.readFileSync(fixture, 'utf8');
  ui.setMachineSettings({ '[yaml]': { 'editor.codeActionsOnSave': { 'source.fixAll.virtwire': 'explicit' } } });
  try {
    await openWithLens(ui, file);
    await body(fixture, original);
  } finally {
    ui.setMachineSettings({});
    await ui.runCommand('View: Close All Editors');
    fs.writeFileSync(fixture, original);
  }
}
