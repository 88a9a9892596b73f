// A binding that does not fit its network is underlined on the binding key that is wrong (KubeVirt's field still
// names the interface, as it reports it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../helpers/manifests';
import { defaultContext } from '../../server/src/core/context/context';

const vmi = (binding: string, net: string) =>
  `apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nmetadata:\n  name: m\nspec:\n  domain:\n    devices:\n      interfaces:\n      - name: blue\n        ${binding}: {}\n  networks:\n  - name: blue\n    ${net}\n`;

for (const [binding, net, code, ctx] of [
  ['masquerade', 'multus: {networkName: blue}', 'BIND-02', defaultContext()],
  ['passtBinding', 'multus: {networkName: blue}', 'BIND-06', defaultContext()],
  ['bridge', 'pod: {}', 'BIND-04', { ...defaultContext(), permitBridgeInterfaceOnPodNetwork: false }],
] as const) {
  test(`${code} sits on \`${binding}\``, () => {
    const a = analyze(vmi(binding, net), ctx);
    const f = a.findings.find((x) => x.code === code)!;
    assert.equal(a.text.slice(f.span.start, f.span.end), binding);
    assert.equal(f.field, 'spec.domain.devices.interfaces[0].name');
  });
}
