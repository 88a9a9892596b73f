// Schema checks through the whole pipeline: placed on the right node, and admission does not run after them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { MASQ_IF, POD_NET, analyze, vmYaml, vmiYaml } from '../helpers/manifests';

const spanText = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

const missingNetworkName = vmiYaml({
  name: 'multus-networkname-missing',
  interfaces: [{ name: 'default', bridge: {} }],
  networks: [{ name: 'default', multus: { default: true } }],
  extraSpec: { domain: { resources: { requests: { memory: '128Mi' } } } },
});

test('SCHEMA-03 is the only finding and sits on the multus key', () => {
  const a = analyze(missingNetworkName);
  assert.deepEqual(
    a.findings.map((f) => [f.code, f.severity, f.field, f.message]),
    [['SCHEMA-03', 'error', 'spec.networks[0].multus.networkName', 'spec.networks.0.multus.networkName in body is required']],
  );
  assert.equal(spanText(missingNetworkName, a.findings[0]!.span), 'multus');
});

test('SCHEMA-04 sits on the misspelt key and carries the suggestion', () => {
  const text = missingNetworkName.replace('bridge: {}', 'brigde: {}').replace('default: true', 'networkName: net1');
  const a = analyze(text);
  assert.deepEqual(
    a.findings.map((f) => [f.code, f.data?.suggestion]),
    [['SCHEMA-04', 'bridge']],
  );
  assert.equal(spanText(text, a.findings[0]!.span), 'brigde');
});

test('SCHEMA-06 sits on the value', () => {
  const text = missingNetworkName
    .replace('bridge: {}', 'bridge: {}\n        ports:\n        - port: "80"')
    .replace('default: true', 'networkName: net1');
  const a = analyze(text);
  assert.deepEqual(
    a.findings.map((f) => f.code),
    ['SCHEMA-06'],
  );
  assert.equal(spanText(text, a.findings[0]!.span), '"80"');
});

test('SCHEMA-05 sits on the value, on a VirtualMachine', () => {
  const text = vmYaml({
    vmSpec: { runStrategy: 'Always' },
    interfaces: [MASQ_IF],
    networks: [POD_NET],
    extraSpec: { dnsPolicy: 'Cluster' },
  });
  const a = analyze(text);
  assert.deepEqual(
    a.findings.filter((f) => f.severity === 'error').map((f) => [f.code, f.field]),
    [['SCHEMA-05', 'spec.template.spec.dnsPolicy']],
  );
  assert.equal(spanText(text, a.findings[0]!.span), 'Cluster');
});
