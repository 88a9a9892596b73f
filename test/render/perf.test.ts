import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt } from '../../server/src/core/render/hover';
import { analyze, fixture } from './helpers';

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length * 0.95)]!;
}

test('hover on a 200-VM file: p95 within budget (cold = first hover of a document, warm = repeated)', (t) => {
  const names = [
    '001-masquerade-default',
    '002-masquerade-ports-tcp-udp',
    '024-bridge-pod-network',
    '026-multiple-multus-hashed',
    '030-sriov',
  ];
  const base = names.map((n) => fixture(n).text);
  const docs: string[] = [];
  for (let i = 0; i < 200; i++) docs.push(base[i % base.length]!.replace(/name: (vmi-[a-z-]+)/, `name: $1-${i}`));
  const text = docs.join('---\n');
  const file = analyze(text);
  const targets: number[] = [];
  for (let i = text.indexOf('masquerade: {}'); i >= 0; i = text.indexOf('masquerade: {}', i + 1)) targets.push(i + 1);
  for (let i = text.indexOf('  pod: {}'); i >= 0; i = text.indexOf('  pod: {}', i + 1)) targets.push(i + 3);
  for (let i = text.indexOf('port: '); i >= 0; i = text.indexOf('port: ', i + 1)) targets.push(i + 1);
  const cold: number[] = [];
  for (const off of targets) {
    const t0 = performance.now();
    assert.ok(hoverAt(file, off));
    cold.push(performance.now() - t0);
  }
  const warm: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const off of targets) {
      const t0 = performance.now();
      hoverAt(file, off);
      warm.push(performance.now() - t0);
    }
  }
  const c = p95(cold);
  const w = p95(warm);
  t.diagnostic(`hover p95 cold ${c.toFixed(3)} ms, warm ${w.toFixed(3)} ms over ${targets.length} targets`);
  // the target is 2 ms; the assertion leaves room for a loaded CI machine
  assert.ok(w < 10, `warm p95 ${w} ms`);
});
