// fix-all is a fixpoint: applying it to its own result changes nothing, on every public case (in the context its
// header names, and for version cases under every release), and what it returns is one set of edits that applies
// to the original text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { AnalysisCache, analyzeText } from '../../server/src/core/analyze';
import { defaultContext, type Context } from '../../server/src/core/context/context';
import { contextFromKubeVirtCR, withKubevirtVersion } from '../../server/src/core/context/load';
import { fixAll } from '../../server/src/core/fixes/fix-all';
import { FIXTURES } from '../helpers/paths';
import { applyEdits } from './helpers';

/** The KubeVirt CR configuration of a case header's `# config: a.b=[X,Y]; c=true` line. */
function contextOf(text: string): Context {
  const m = /^# config: (.*)$/m.exec(text);
  if (!m) return defaultContext();
  const conf: Record<string, unknown> = {};
  for (const item of m[1]!.split(';')) {
    const [p, raw] = item.split('=').map((x) => x.trim()) as [string, string];
    const value = raw.startsWith('[')
      ? raw
          .slice(1, -1)
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean)
      : raw === 'true'
        ? true
        : raw === 'false'
          ? false
          : raw;
    const keys = p.split('.');
    let o = conf;
    for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
    o[keys[keys.length - 1]!] = value;
  }
  return contextFromKubeVirtCR({ spec: { configuration: conf } }, defaultContext());
}

function fixAllOnce(text: string, ctx: Context): { after: string; edits: number; converged: boolean } {
  const cache = new AnalysisCache();
  const analyse = (t: string) => analyzeText(t, ctx, cache);
  const r = fixAll(analyse(text), analyse);
  const after = applyEdits(text, r.edits);
  assert.equal(after, r.text, 'the composed edits give the text of the last round');
  return { after, edits: r.edits.length, converged: r.converged };
}

const cases: { name: string; text: string; ctx: Context }[] = [];
for (const dir of ['cases/validation', 'cases/versions', 'cases/wiring']) {
  for (const f of fs
    .readdirSync(path.join(FIXTURES, dir))
    .filter((x) => x.endsWith('.yaml'))
    .sort()) {
    const text = fs.readFileSync(path.join(FIXTURES, dir, f), 'utf8');
    if (dir === 'cases/versions') {
      for (const v of ['v1.5', 'v1.6', 'v1.7', 'v1.8', 'v1.9', 'main'])
        cases.push({ name: `${dir}/${f}@${v}`, text, ctx: withKubevirtVersion(contextOf(text), v)! });
    } else cases.push({ name: `${dir}/${f}`, text, ctx: contextOf(text) });
  }
}

test('fix-all twice equals fix-all once, on every public case', () => {
  assert.ok(cases.length >= 80, `${cases.length} cases`);
  let changed = 0;
  const notFixpoint: string[] = [];
  for (const c of cases) {
    const once = fixAllOnce(c.text, c.ctx);
    if (once.after !== c.text) changed++;
    assert.ok(once.converged, `${c.name}: fix-all did not converge`);
    const twice = fixAllOnce(once.after, c.ctx);
    if (twice.after !== once.after) notFixpoint.push(c.name);
  }
  assert.deepEqual(notFixpoint, []);
  assert.ok(changed >= 5, `fix-all changed only ${changed} cases: the test would prove little`);
});

test('the case where merging the reported pair left a new overlap (097) is fixed in one fix-all', () => {
  const c = cases.find((x) => x.name.includes('097-'))!;
  const once = fixAllOnce(c.text, c.ctx);
  const a = analyzeText(once.after, c.ctx, new AnalysisCache());
  assert.deepEqual(
    a.findings.filter((f) => f.severity === 'error').map((f) => f.code),
    [],
  );
});

test('three stacked mistakes (each hides the next from KubeVirt) are fixed by one fix-all', () => {
  const text = [
    'apiVersion: kubevirt.io/v1',
    'kind: VirtualMachineInstance',
    'metadata:',
    '  name: m',
    'spec:',
    '  domain:',
    '    devices:',
    '      interfaces:',
    '      - name: default',
    '        masquarade: {}   # typo',
    '        ports:',
    '        - port: "80"',
    '          protocol: tcp',
    '  networks:',
    '  - name: default',
    '    pod: {}',
    '',
  ].join('\n');
  const ctx = defaultContext();
  const cache = new AnalysisCache();
  const analyse = (t: string) => analyzeText(t, ctx, cache);
  // all three are reported at once: the second and third hidden behind the one before (blockedBy)
  const first = analyse(text).findings.filter((f) => f.severity === 'error');
  assert.deepEqual(
    first.map((f) => [f.code, f.blockedBy]),
    [
      ['SCHEMA-04', undefined],
      ['SCHEMA-06', 'SCHEMA-04'],
      ['PORT-05', 'SCHEMA-06'],
    ],
  );
  const r = fixAll(analyse(text), analyse);
  // so one round of preferred fixes takes all three
  assert.equal(r.rounds, 1);
  const after = applyEdits(text, r.edits);
  assert.deepEqual(
    analyse(after)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => f.code),
    [],
  );
  assert.match(after, /masquerade: \{\} {3}# typo\n/);
  assert.match(after, /- port: 80\n {10}protocol: TCP\n/);
  assert.equal(fixAll(analyse(after), analyse).edits.length, 0);
});
