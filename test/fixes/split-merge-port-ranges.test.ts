import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, ctxWith, fixesOf } from './helpers';
import { defaultIfaceVmi } from '../helpers/manifests';

const FG = ctxWith({ featureGates: ['PortRangesSpec'] });

const VMI = (ranges: string): string => defaultIfaceVmi(`        masquerade: {}\n        portRanges:\n${ranges}`);

const OVERLAP = VMI(`        # web
        - protocol: TCP
          start: 8000
          end: 8100     # upper
        - {protocol: UDP, start: 8050, end: 8060}
        - protocol: TCP   # more web
          start: 8050
          end: 8200
`);

test('PR-09: merge into one range (preferred) or shift the later one', () => {
  const fixes = fixesOf(OVERLAP, 'PR-09', FG);
  assert.deepEqual(
    fixes.map((f) => [f.title, !!f.isPreferred]),
    [
      ['Merge into one TCP range [8000-8200]', true],
      ['Start the range [8050-8200] at 8101', false],
    ],
  );
  checkFix({
    text: OVERLAP,
    code: 'PR-09',
    ctx: FG,
    preferred: true,
    diff: [
      '-          end: 8100     # upper',
      '+          end: 8200     # upper',
      '-        - protocol: TCP   # more web',
      '-          start: 8050',
      '-          end: 8200',
    ],
  });
  checkFix({
    text: OVERLAP,
    code: 'PR-09',
    ctx: FG,
    title: /^Start/,
    diff: ['-          start: 8050', '+          start: 8101'],
  });
});

test('PR-09: a range inside another (listed first) merges by removing it; no shift offered', () => {
  const text = VMI(`        - {protocol: TCP, start: 8010, end: 8020}
        - {protocol: TCP, start: 8000, end: 8100}
`);
  const fixes = fixesOf(text, 'PR-09', FG);
  assert.deepEqual(
    fixes.map((f) => f.title),
    ['Merge into one TCP range [8000-8100]'],
  );
  checkFix({
    text,
    code: 'PR-09',
    ctx: FG,
    diff: ['-        - {protocol: TCP, start: 8010, end: 8020}'],
  });
});

test('PR-09: the merge absorbs every range the union covers (three ranges: no new overlap left behind)', () => {
  // KubeVirt compares neighbours after sorting: [100-200]/[150-160] overlap; merging only them would leave
  // [100-200] overlapping [170-180], which KubeVirt would then reject
  const text = VMI(`        - protocol: TCP
          start: 170
          end: 180
        - protocol: TCP
          start: 100
          end: 200
        - protocol: TCP
          start: 150
          end: 160
        - {protocol: UDP, start: 150, end: 175}
`);
  const fixes = fixesOf(text, 'PR-09', FG);
  assert.equal(fixes[0]!.title, 'Merge into one TCP range [100-200] (3 ranges)');
  checkFix({
    text,
    code: 'PR-09',
    ctx: FG,
    preferred: true,
    diff: [
      '-          start: 170',
      '-          end: 180',
      '-        - protocol: TCP',
      '-        - protocol: TCP',
      '-          start: 150',
      '-          end: 160',
    ],
  });
});

test('PR-09: a chain of overlaps merges into one range; a range that only touches the union counts too', () => {
  const text = VMI(`        - {protocol: TCP, start: 100, end: 150}
        - {protocol: TCP, start: 140, end: 200}
        - {protocol: TCP, start: 200, end: 300}
        - {protocol: TCP, start: 302, end: 310}
`);
  checkFix({
    text,
    code: 'PR-09',
    ctx: FG,
    preferred: true,
    diff: [
      '-        - {protocol: TCP, start: 100, end: 150}',
      '-        - {protocol: TCP, start: 140, end: 200}',
      '-        - {protocol: TCP, start: 200, end: 300}',
      '+        - {protocol: TCP, start: 100, end: 300}',
    ],
  });
});
