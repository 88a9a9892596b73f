// PORTS-UNFORWARDED: a ports list that leaves out a port the VM's probes or a Service target.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkPortsUnforwarded } from '../../../server/src/core/rules/runtime/ports-unforwarded';
import { admissionInput, IF, POD, input, resourceOf, spec, wrap } from '../../helpers/admission';
import type { ServiceRef } from '../../../server/src/core/context/context';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyze } from '../../helpers/manifests';
import { WorkspaceIndex } from '../../../server/src/lsp/workspace';
import { contextFrom } from '../../../server/src/lsp/settings-context';

const masq = (ports?: unknown[]) => ({ name: 'default', masquerade: {}, ...(ports ? { ports } : {}) });
const probe = { readinessProbe: { httpGet: { port: 8080, path: '/healthz' } } };

test('PORTS-UNFORWARDED: the readiness probe targets a port the masquerade list leaves out (warning on ports)', () => {
  const got = checkPortsUnforwarded(input(spec([masq([{ port: 22 }])], [POD], probe)));
  assert.deepEqual(
    got.map((f) => [f.code, f.severity, f.at, f.related?.map((r) => r.at)]),
    [['PORTS-UNFORWARDED', 'warning', IF(0, 'ports'), [['spec', 'readinessProbe', 'httpGet', 'port']]]],
  );
  assert.equal(
    got[0]!.message,
    'masquerade forwards only the ports listed on interface "default" (22/TCP) to the guest; the readiness probe (httpGet) targets port 8080/TCP, which is not among them: the probe fails, so the VMI is never ready (a liveness probe restarts it). Add port 8080 to ports, or remove the list to forward every port',
  );
});

test('PORTS-UNFORWARDED valid neighbours: no list (every port), the port listed, a covering port range', () => {
  assert.deepEqual(checkPortsUnforwarded(input(spec([masq()], [POD], probe))), []);
  assert.deepEqual(checkPortsUnforwarded(input(spec([masq([{ port: 22 }, { port: 8080 }])], [POD], probe))), []);
  const ranges = { ...masq([{ port: 22 }]), portRanges: [{ start: 8000, end: 8100 }] };
  assert.deepEqual(checkPortsUnforwarded(input(spec([ranges], [POD], probe), { featureGates: ['PortRangesSpec'] })), []);
  // a UDP port does not carry a TCP probe
  assert.equal(checkPortsUnforwarded(input(spec([masq([{ port: 8080, protocol: 'UDP' }])], [POD], probe))).length, 1);
});

test('PORTS-UNFORWARDED: passtBinding forwards only its list too; named probe ports resolve by name', () => {
  const passt = spec([{ name: 'default', passtBinding: {}, ports: [{ name: 'http', port: 80 }] }], [POD], {
    livenessProbe: { tcpSocket: { port: 'metrics' } },
  });
  const got = checkPortsUnforwarded(input(passt));
  assert.match(
    got[0]!.message,
    /^passtBinding forwards only the ports listed .* the liveness probe \(tcpSocket\) targets the named port "metrics"/,
  );
  assert.match(got[0]!.message, /Name a listed port "metrics"/);
  const named = spec([{ name: 'default', passtBinding: {}, ports: [{ name: 'metrics', port: 9100 }] }], [POD], {
    livenessProbe: { tcpSocket: { port: 'metrics' } },
  });
  assert.deepEqual(checkPortsUnforwarded(input(named)), []);
});

test('PORTS-UNFORWARDED: a Service of the workspace that selects the VM and targets an unlisted port', () => {
  const svc: ServiceRef = {
    name: 'web',
    namespace: 'prod',
    selector: { app: 'web' },
    ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }],
  };
  const vm = wrap('VirtualMachine', spec([masq([{ port: 22 }])], [POD]), { namespace: 'prod' }) as {
    spec: { template: { metadata: Record<string, unknown> } };
  };
  vm.spec.template.metadata = { labels: { app: 'web' } };
  const res = resourceOf(vm as unknown as Record<string, unknown>);
  const got = checkPortsUnforwarded(admissionInput(res, { services: [svc] }));
  assert.deepEqual(
    got.map((f) => [f.code, f.data?.['source'], f.data?.['port']]),
    [['PORTS-UNFORWARDED', 'service', 8080]],
  );
  assert.match(
    got[0]!.message,
    /Service prod\/web \(port 80\) targets port 8080\/TCP, which is not among them: connections through the Service reach the pod, not the guest, and are refused/,
  );
  // another namespace, other labels, or the port listed: silent
  assert.deepEqual(checkPortsUnforwarded(admissionInput(res, { services: [{ ...svc, namespace: 'dev' }] })), []);
  assert.deepEqual(checkPortsUnforwarded(admissionInput(res, { services: [{ ...svc, selector: { app: 'db' } }] })), []);
  assert.deepEqual(
    checkPortsUnforwarded(admissionInput(res, { services: [{ ...svc, ports: [{ port: 22, targetPort: 22, protocol: 'TCP' }] }] })),
    [],
  );
});

const SVC = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector: {app: web}
  ports:
  - port: 80
    targetPort: http
`;
const VM = `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: web
spec:
  runStrategy: Always
  template:
    metadata:
      labels: {app: web}
    spec:
      domain:
        devices:
          interfaces:
          - name: default
            masquerade: {}
            ports:
            - {name: ssh, port: 22}
      networks:
      - name: default
        pod: {}
`;

test('PORTS-UNFORWARDED through the pipeline: a Service in the same file, and one the workspace scan finds', async () => {
  const got = analyze(`${SVC}---\n${VM}`).findings.filter((f) => f.code === 'PORTS-UNFORWARDED');
  assert.equal(got.length, 1);
  assert.match(
    got[0]!.message,
    /Service web \(port 80\) targets the named port "http", which is not among them: no listed port has that name, so the Service has no endpoint for it/,
  );
  assert.deepEqual(
    analyze(`${SVC.replace('targetPort: http', 'targetPort: ssh')}---\n${VM}`).findings.filter((f) => f.code === 'PORTS-UNFORWARDED'),
    [],
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vw-svc-'));
  try {
    fs.writeFileSync(path.join(dir, 'svc.yaml'), SVC);
    const index = new WorkspaceIndex();
    await index.scan([dir]);
    const facts = index.facts();
    assert.deepEqual(facts.services, [
      { name: 'web', namespace: undefined, selector: { app: 'web' }, ports: [{ port: 80, targetPort: 'http', protocol: 'TCP' }] },
    ]);
    const { ctx } = await contextFrom({}, facts, [dir]);
    assert.equal(analyze(VM, ctx).findings.filter((f) => f.code === 'PORTS-UNFORWARDED').length, 1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
