// admit(): defaulting, per-kind order and early returns, de-duplication, odd data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';
import { admit } from '../../server/src/core/admission/admit';
import { FIXTURES } from '../helpers/paths';
import { admitSpec, brief, ctxOf, errors, hidden, MASQ, POD, resourceOf, spec } from '../helpers/admission';
import type { Finding } from '../../server/src/core/types';

const codes = (fs_: Finding[]) => fs_.map((f) => f.code);

test('defaulting: no interfaces and no networks → bridge on pod, one DEFAULTED hint at spec.domain', () => {
  const r = admitSpec({ domain: { resources: { requests: { memory: '128Mi' } } } });
  assert.equal(r.rejected, false);
  assert.deepEqual(r.spec.domain?.devices?.interfaces, [{ name: 'default', bridge: {} }]);
  assert.deepEqual(r.spec.networks, [{ name: 'default', pod: {} }]);
  assert.deepEqual(
    r.findings.map((f) => [f.code, f.severity, f.field, f.at, f.message]),
    [
      [
        'DEFAULTED',
        'hint',
        null,
        ['spec', 'domain'],
        'KubeVirt adds interface "default" (bridge) on the pod network: no interfaces or networks are given',
      ],
    ],
  );
});

test('defaulting: masquerade default; hint falls back to the deepest existing ancestor', () => {
  const r = admitSpec({}, { defaultNetworkInterface: 'masquerade' });
  assert.deepEqual(r.spec.domain?.devices?.interfaces, [{ name: 'default', masquerade: {} }]);
  assert.deepEqual(
    r.findings.map((f) => [f.code, f.at, f.message]),
    [['DEFAULTED', ['spec'], 'KubeVirt adds interface "default" (masquerade) on the pod network: no interfaces or networks are given']],
  );
});

test('defaulting: autoattachPodInterface false adds nothing; only networks given adds nothing (NET-08 follows)', () => {
  assert.deepEqual(admitSpec({ domain: { devices: { autoattachPodInterface: false } } }).findings, []);
  const r = admitSpec({ domain: { devices: {} }, networks: [POD] });
  assert.deepEqual(errors(r).map(brief), [['NET-08', 'spec.networks[0].name', "spec.networks[0].name 'default' not found."]]);
});

test('DEF-01 / DEF-02: a field-less error that stops everything (VMI and VM)', () => {
  const bad = { domain: { devices: { interfaces: [] } }, hostname: 'Not_A_Label' };
  for (const kind of ['VirtualMachineInstance', 'VirtualMachine'] as const) {
    const r1 = admitSpec(bad, { permitBridgeInterfaceOnPodNetwork: false }, kind);
    assert.deepEqual(r1.findings.map(brief), [['DEF-01', null, 'bridge interface is not enabled in kubevirt-config']]);
    const r2 = admitSpec(bad, { defaultNetworkInterface: 'slirp' }, kind);
    assert.deepEqual(r2.findings.map(brief), [['DEF-02', null, 'slirp interface is deprecated as of v1.3']]);
    assert.equal(r2.rejected, true);
  }
});

test('VMI: everything collected, each cause once', () => {
  const s = spec(
    [
      { name: 'default', slirp: {} },
      { name: 'x', masquerade: {}, model: 'bogus' },
    ],
    [POD],
  );
  const r = admitSpec(s);
  assert.deepEqual(errors(r).map(brief), [
    ['DISC-01', 'spec.domain.devices.interfaces[0].slirp', 'Slirp interface support has been discontinued since v1.3'],
    ['BIND-01', 'spec.domain.devices.interfaces[0]', 'logical default interface must have exactly one binding method or binding plugin'],
    ['BIND-02', 'spec.domain.devices.interfaces[1].name', 'Masquerade interface only implemented with pod network'],
    ['IFACE-02', 'spec.domain.devices.interfaces[1].name', "spec.domain.devices.interfaces[1].name 'x' not found."],
    [
      'IFACE-04',
      'spec.domain.devices.interfaces[1].model',
      'interface spec.domain.devices.interfaces[1].name uses model bogus that is not supported.',
    ],
  ]);
});

test('VMI: DISC-04 first, validation continues', () => {
  const r = admitSpec(spec([{ name: 'default', macvtap: {} }], [POD]), { featureGates: ['Macvtap'] });
  assert.deepEqual(codes(errors(r)), ['DISC-04', 'DISC-03', 'BIND-01']);
});

test('VM create: DISC-04 returns early; the later steps are reported hidden behind it', () => {
  const r = admitSpec(spec([{ name: 'default', macvtap: {} }], [POD]), { featureGates: ['Macvtap'] }, 'VirtualMachine');
  assert.deepEqual(errors(r).map(brief), [
    ['DISC-04', null, 'Macvtap network binding is discontinued since v1.3. Please refer to Kubevirt user guide for alternatives.'],
  ]);
  // each step hides the next: creation behind the gates, the spec rules behind creation
  assert.deepEqual(
    hidden(r).map((f) => [f.code, f.blockedBy, f.severity]),
    [
      ['DISC-03', 'DISC-04', 'error'],
      ['BIND-01', 'DISC-03', 'error'],
    ],
  );
});

test('VM create: discontinued bindings reported with base `spec` (sic) and return early', () => {
  const r = admitSpec(
    spec(
      [
        { name: 'default', slirp: {} },
        { name: 'x', masquerade: {} },
      ],
      [POD],
    ),
    {},
    'VirtualMachine',
  );
  const e = errors(r);
  assert.deepEqual(e.map(brief), [
    ['DISC-01', 'spec.domain.devices.interfaces[0].slirp', 'Slirp interface support has been discontinued since v1.3'],
  ]);
  assert.deepEqual(e[0]!.at, ['spec', 'template', 'spec', 'domain', 'devices', 'interfaces', 0, 'slirp']);
  // what ValidateVirtualMachineInstanceSpec will say once DISC-01 is fixed, with the VM's own paths
  assert.deepEqual(
    hidden(r).map((f) => [f.code, f.field, f.blockedBy]),
    [
      ['BIND-01', 'spec.template.spec.domain.devices.interfaces[0]', 'DISC-01'],
      ['BIND-02', 'spec.template.spec.domain.devices.interfaces[1].name', 'DISC-01'],
      ['IFACE-02', 'spec.template.spec.domain.devices.interfaces[1].name', 'DISC-01'],
    ],
  );
  // a VM without an early return has nothing hidden
  assert.deepEqual(hidden(admitSpec(spec([MASQ], [POD]), {}, 'VirtualMachine')), []);
});

test('VM create: the remaining rules run once on spec.template.spec', () => {
  const r = admitSpec(spec([MASQ, { name: 'default', bridge: {} }], [POD]), {}, 'VirtualMachine');
  assert.deepEqual(errors(r).map(brief), [
    ['IFACE-01', 'spec.template.spec.domain.devices.interfaces[1].name', 'Only one interface can be connected to one specific network'],
  ]);
});

test('replica set: no defaulting at admission, no DISC-01..03; feature-gate causes appended last', () => {
  const rs = admitSpec(spec([{ name: 'default', slirp: {}, bridge: {} }], [POD]), {}, 'VirtualMachineInstanceReplicaSet');
  assert.deepEqual(codes(errors(rs)), []);
  assert.deepEqual(
    rs.findings.map((f) => [f.code, f.severity, f.field]),
    [
      ['TEMPLATE-REJECTED', 'warning', null],
      ['BRIDGE-POD-MIGRATION', 'information', null],
    ],
  );
  assert.match(
    rs.findings[0]!.message,
    /^KubeVirt will reject every VirtualMachineInstance this VirtualMachineInstanceReplicaSet creates: Slirp interface/,
  );
  const gated = admitSpec(spec([{ name: 'default', passt: {} }], [POD]), { featureGates: ['Passt'] }, 'VirtualMachineInstanceReplicaSet');
  assert.deepEqual(codes(errors(gated)), ['BIND-01', 'DISC-04']);
  assert.equal(errors(gated)[0]!.field, 'spec.template.spec.domain.devices.interfaces[0]');
});

test('pool: rules on the template as written, paths under spec.virtualMachineTemplate.spec.template.spec', () => {
  const r = admitSpec(spec([{ name: 'default', masquerade: {}, model: 'x' }], [POD]), {}, 'VirtualMachinePool');
  assert.deepEqual(errors(r).map(brief), [
    [
      'IFACE-04',
      'spec.virtualMachineTemplate.spec.template.spec.domain.devices.interfaces[0].model',
      'interface spec.virtualMachineTemplate.spec.template.spec.domain.devices.interfaces[0].name uses model x that is not supported.',
    ],
  ]);
  // A defaulting error is not this object's rejection: the VMs the pool creates fail.
  const def = admitSpec({ domain: {} }, { permitBridgeInterfaceOnPodNetwork: false }, 'VirtualMachinePool');
  assert.equal(def.rejected, false);
  assert.deepEqual(
    def.findings.map((f) => [f.code, f.severity]),
    [['TEMPLATE-REJECTED', 'warning']],
  );
  assert.match(def.findings[0]!.message, /every VirtualMachine this VirtualMachinePool creates: bridge interface is not enabled/);
});

test('odd data never crashes', () => {
  const odd: unknown[] = [
    null,
    'x',
    { domain: null, networks: null },
    { domain: 'x' },
    { domain: { devices: { interfaces: 'x' } }, networks: 5 },
    {
      domain: { devices: { interfaces: [null, 3, 'a', { name: 5, ports: 'x', portRanges: {}, dhcpOptions: [] }] } },
      networks: [null, { name: null, pod: 1, multus: 'x' }],
    },
    {
      domain: {
        devices: {
          interfaces: [
            {
              name: 'default',
              masquerade: {},
              ports: [null, { port: 'x', name: 7 }],
              dhcpOptions: { privateOptions: [null, { option: 'x' }], ntpServers: [1, null] },
            },
          ],
        },
      },
      networks: [POD],
    },
  ];
  for (const s of odd) {
    for (const kind of ['VirtualMachineInstance', 'VirtualMachine', 'VirtualMachineInstanceReplicaSet', 'VirtualMachinePool'] as const) {
      const r = admitSpec(s as Record<string, unknown>, { featureGates: ['PortRangesSpec', 'Passt', 'NetworkDevicesWithDRA'] }, kind);
      assert.deepEqual(
        r.findings.filter((f) => f.code === 'VIRTWIRE-INTERNAL').map((f) => f.message),
        [],
        JSON.stringify(s),
      );
    }
  }
});

test('KubeVirt examples (copied fixtures) get no error', () => {
  const dir = path.join(FIXTURES, 'examples');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  assert.ok(files.length >= 8);
  for (const f of files) {
    for (const d of parseAllDocuments(fs.readFileSync(path.join(dir, f), 'utf8'), { version: '1.1' })) {
      const doc = (Array.isArray(d) ? undefined : d.toJS()) as Record<string, unknown> | undefined;
      if (
        !doc ||
        !['VirtualMachineInstance', 'VirtualMachine', 'VirtualMachineInstanceReplicaSet', 'VirtualMachinePool'].includes(
          String(doc['kind']),
        )
      )
        continue;
      const r = admit(resourceOf(doc), ctxOf());
      assert.deepEqual(errors(r).map(brief), [], f);
    }
  }
});
