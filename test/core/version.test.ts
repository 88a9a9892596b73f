import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atLeast, before, defaultContext } from '../../server/src/core/context/context';
import { contextFromKubeVirtCR, withKubevirtVersion } from '../../server/src/core/context/load';
import { nextVersion, parseKubevirtVersion } from '../../server/src/core/context/version';

test('versions: v1.8, 1.8, v1.8.3, 1.8.0-rc.1 and MAIN are read; anything else is unknown', () => {
  assert.equal(parseKubevirtVersion('v1.8'), 'v1.8');
  assert.equal(parseKubevirtVersion('1.8'), 'v1.8');
  assert.equal(parseKubevirtVersion(' v1.8.3 '), 'v1.8');
  assert.equal(parseKubevirtVersion('1.8.0-rc.1'), 'v1.8');
  assert.equal(parseKubevirtVersion('MAIN'), 'main');
  for (const bad of ['v1.4', 'v1.10', '2.0', 'latest', 'auto', '', 'v1', 'v1.8.x', '18']) {
    assert.equal(parseKubevirtVersion(bad), undefined, bad);
  }
});

test('atLeast / before compare releases, main after v1.9', () => {
  const ctx = { ...defaultContext(), kubevirtVersion: 'v1.8' as const };
  assert.equal(atLeast(ctx, 'v1.8'), true);
  assert.equal(atLeast(ctx, 'v1.9'), false);
  assert.equal(before(ctx, 'v1.9'), true);
  assert.equal(atLeast({ kubevirtVersion: 'main' }, 'v1.9'), true);
  assert.equal(nextVersion('v1.8'), 'v1.9');
  assert.equal(nextVersion('main'), undefined);
});

test("without any version the context judges as v1.9 (today's behaviour)", () => {
  const ctx = defaultContext();
  assert.equal(ctx.kubevirtVersion, 'v1.9');
  assert.equal(ctx.kubevirtVersionSource, 'default');
});

const cr = (observed?: string): unknown => ({
  apiVersion: 'kubevirt.io/v1',
  kind: 'KubeVirt',
  spec: { configuration: {} },
  ...(observed !== undefined ? { status: { observedKubeVirtVersion: observed } } : {}),
});

test("auto: the KubeVirt CR's status.observedKubeVirtVersion, else v1.9", () => {
  assert.equal(contextFromKubeVirtCR(cr('v1.7.2')).kubevirtVersion, 'v1.7');
  assert.equal(contextFromKubeVirtCR(cr('v1.7.2')).kubevirtVersionSource, 'cluster');
  assert.equal(contextFromKubeVirtCR(cr()).kubevirtVersion, 'v1.9');
  assert.equal(contextFromKubeVirtCR(cr('v1.10.0')).kubevirtVersion, 'main', 'newer than modelled: main');
  assert.equal(contextFromKubeVirtCR(cr('v1.2.0')).kubevirtVersion, 'v1.9', 'older than modelled: not used');
  assert.equal(contextFromKubeVirtCR(cr('garbage')).kubevirtVersion, 'v1.9');
});

test("an explicit version wins over the cluster's, whichever is applied first", () => {
  const set = withKubevirtVersion(defaultContext(), 'v1.6')!;
  assert.equal(contextFromKubeVirtCR(cr('v1.8.0'), set).kubevirtVersion, 'v1.6');
  const fromCluster = contextFromKubeVirtCR(cr('v1.8.0'));
  assert.equal(withKubevirtVersion(fromCluster, '1.5')!.kubevirtVersion, 'v1.5');
  assert.equal(withKubevirtVersion(fromCluster, 'auto')!.kubevirtVersion, 'v1.8', "auto keeps the cluster's");
  assert.equal(withKubevirtVersion(fromCluster, 'v9'), undefined, 'unknown value');
});

test('permitSlirpInterface is read from the KubeVirt CR (default false)', () => {
  assert.equal(defaultContext().permitSlirpInterface, false);
  const ctx = contextFromKubeVirtCR({ kind: 'KubeVirt', spec: { configuration: { network: { permitSlirpInterface: true } } } });
  assert.equal(ctx.permitSlirpInterface, true);
});
