import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FileAnalysis } from '../../server/src/core/analyze';
import { defaultContext, type Context } from '../../server/src/core/context/context';
import { contextFromJSON } from '../../server/src/core/context/load';
import type { ResourceWiring } from '../../server/src/core/wiring/types';
import { FIXTURES } from '../helpers/paths';
import { analyze } from '../helpers/manifests';

/** The real pipeline on `text` (fresh cache). */
export { analyze };

const DIR = path.join(FIXTURES, 'cases', 'wiring');

/**
 * A sample wiring case (test/fixtures/cases/wiring): its manifest, its context, and the wiring records the
 * pipeline computes for it (the case suite checks those against the case's expectation).
 */
export function fixture(name: string): { text: string; ctx: Context; wiring: ResourceWiring } {
  const text = fs.readFileSync(path.join(DIR, `${name}.yaml`), 'utf8');
  const expected = JSON.parse(fs.readFileSync(path.join(DIR, `${name}.expected.json`), 'utf8')) as { context?: unknown };
  const ctx = contextFromJSON(expected.context ?? {}, defaultContext());
  const wiring = analyze(text, ctx)
    .docs.find((d) => d.resource)!
    .wiring()!;
  return { text, ctx, wiring };
}

/** The pipeline with hand-made wiring injected into each VM document (renderer unit tests). */
export function analyzeWith(text: string, wirings: ResourceWiring[], ctx: Context = defaultContext()): FileAnalysis {
  const file = analyze(text, ctx);
  let i = 0;
  for (const doc of file.docs) {
    if (!doc.resource) continue;
    const w = wirings[i++];
    if (w) doc.wiring = () => w as never;
  }
  return file;
}

/** Offset of the `nth` occurrence of `needle` in `text`, plus `delta`. */
export function at(text: string, needle: string, nth = 0, delta = 1): number {
  let i = -1;
  for (let k = 0; k <= nth; k++) {
    i = text.indexOf(needle, i + 1);
    if (i < 0) throw new Error(`"${needle}" #${nth} not found`);
  }
  return i + delta;
}
