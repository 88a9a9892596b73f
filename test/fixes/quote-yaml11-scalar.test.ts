import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkFix, fixesOf } from './helpers';
import { defaultIfaceVmi } from '../helpers/manifests';

const VMI = (iface: string, nets: string): string =>
  defaultIfaceVmi(`        masquerade: {}\n${iface}`, { networks: `  - name: default\n    pod: {}\n${nets}` });

test('SCHEMA-06: YAML 1.1 booleans and numbers on string fields are quoted verbatim (preferred)', () => {
  const text = VMI(
    '',
    `  - name: no     # the "no" network
    multus: {networkName: 0755}
`,
  ).replace(
    '      - name: default\n        masquerade: {}\n',
    '      - name: default\n        masquerade: {}\n      - name: "no"\n        bridge: {}\n',
  );
  checkFix({
    text,
    code: 'SCHEMA-06',
    pick: (f) => f.at.includes('name'),
    preferred: true,
    diff: ['-  - name: no     # the "no" network', '+  - name: "no"     # the "no" network'],
    gone: [],
  });
  checkFix({
    text,
    code: 'SCHEMA-06',
    pick: (f) => f.at.includes('networkName'),
    diff: ['-    multus: {networkName: 0755}', '+    multus: {networkName: "0755"}'],
    gone: [],
  });
  // with the other one fixed too, no SCHEMA-06 is left
  checkFix({
    text: text.replace('networkName: 0755', 'networkName: "0755"'),
    code: 'SCHEMA-06',
    diff: ['-  - name: no     # the "no" network', '+  - name: "no"     # the "no" network'],
  });
});

test('SCHEMA-06: on / 1e3 / 0x1F on string fields', () => {
  for (const v of ['on', 'Off', 'Y', '1e3', '0x1F', '12']) {
    const text = VMI(`        model: ${v}   # model\n`, '');
    checkFix({ text, code: 'SCHEMA-06', diff: [`-        model: ${v}   # model`, `+        model: "${v}"   # model`] });
  }
});

test('SCHEMA-06: a quoted decimal on an integer field is unquoted', () => {
  const text = VMI(`        ports:\n        - port: "80"   # http\n`, '');
  checkFix({ text, code: 'SCHEMA-06', preferred: true, diff: ['-        - port: "80"   # http', '+        - port: 80   # http'] });
  assert.deepEqual(fixesOf(VMI(`        ports:\n        - port: "http"\n`, ''), 'SCHEMA-06'), []);
});
