import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateProbesNeedPodNetwork } from '../../../server/src/core/rules/spec/probes-need-pod-network';
import { validateProbes } from '../../../server/src/core/rules/spec/index';
import { memory, shape, vm, vmi } from '../../helpers/admission';

const multusOnly = {
  domain: { ...memory, devices: { interfaces: [{ name: 'm', bridge: {} }] } },
  networks: [{ name: 'm', multus: { networkName: 'nad', default: true } }],
};

test('PROBE-01: httpGet and tcpSocket probes without a pod network (readiness first, multus default does not count)', () => {
  const got = validateProbesNeedPodNetwork(
    vmi({ ...multusOnly, livenessProbe: { tcpSocket: { port: 22 } }, readinessProbe: { httpGet: { port: 80 } } }),
  );
  assert.deepEqual(got.map(shape), [
    {
      code: 'PROBE-01',
      severity: 'error',
      field: 'spec.readinessProbe.httpGet',
      message: 'spec.readinessProbe.httpGet is only allowed if the Pod Network is attached',
      at: ['spec', 'readinessProbe', 'httpGet'],
      part: 'key',
    },
    {
      code: 'PROBE-01',
      severity: 'error',
      field: 'spec.livenessProbe.tcpSocket',
      message: 'spec.livenessProbe.tcpSocket is only allowed if the Pod Network is attached',
      at: ['spec', 'livenessProbe', 'tcpSocket'],
      part: 'key',
    },
  ]);
});

test('PROBE-01 on a VM with autoattachPodInterface: false and no networks', () => {
  const got = validateProbes(
    vm({ domain: { ...memory, devices: { autoattachPodInterface: false } }, readinessProbe: { tcpSocket: { port: 22 } } }),
  );
  assert.deepEqual(
    got.map((f) => [f.code, f.field, f.message]),
    [
      [
        'PROBE-01',
        'spec.template.spec.readinessProbe.tcpSocket',
        'spec.template.spec.readinessProbe.tcpSocket is only allowed if the Pod Network is attached',
      ],
    ],
  );
});

test('PROBE-01 valid neighbours: exec / guestAgentPing probes; the defaulted pod network counts', () => {
  assert.deepEqual(
    validateProbes(vmi({ ...multusOnly, readinessProbe: { exec: { command: ['true'] } }, livenessProbe: { guestAgentPing: {} } })),
    [],
  );
  assert.deepEqual(validateProbes(vmi({ domain: { ...memory, devices: {} }, readinessProbe: { httpGet: { port: 80 } } })), []);
});
