// The hover of an interface with a pitfall: its first lines say what will happen at runtime and why; a masquerade
// interface's hover says which ports reach the guest.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt } from '../../server/src/core/render/hover';
import { defaultContext } from '../../server/src/core/context/context';
import { analyze, at } from './helpers';
import { withKubevirtVersion } from '../../server/src/core/context/load';

const VM = `apiVersion: kubevirt.io/v1
kind: VirtualMachineInstance
metadata:
  name: web
spec:
  domain:
    devices:
      interfaces:
      - name: default
        masquerade: {}
        ports:
        - port: 22
      - name: blue
        bridge: {}
  readinessProbe:
    tcpSocket:
      port: 8080
  networks:
  - name: default
    pod: {}
  - name: blue
    multus:
      networkName: blue-nad
`;

test('hover: the pitfalls of the interface come right after its title, before the wiring', () => {
  const file = analyze(VM);
  const blue = hoverAt(file, at(VM, '- name: blue', 0, 9))!.markdown.split('\n\n');
  assert.match(blue[0]!, /^\*\*interface `blue`\*\*/);
  assert.match(blue[1]!, /^\*\*At runtime\*\* · interface "blue" \(bridge\) has no macAddress: .* \(`MAC-UNPINNED`\)$/);
  const dflt = hoverAt(file, at(VM, '- name: default', 0, 9))!.markdown.split('\n\n');
  assert.match(
    dflt[1]!,
    /^\*\*At runtime ⚠\*\* · masquerade forwards only the ports listed on interface "default" \(22\/TCP\) .*readiness probe \(tcpSocket\) targets port 8080\/TCP.* \(`PORTS-UNFORWARDED`\)$/,
  );
});

test('hover: a masquerade interface says which ports reach the guest', () => {
  const md = hoverAt(analyze(VM), at(VM, '- name: default', 0, 9))!.markdown;
  assert.match(md, /\*\*Forwarded\*\* · `tcp 22 → 10\.0\.2\.2` only/);
  const all = VM.replace('        ports:\n        - port: 22\n', '');
  assert.match(
    hoverAt(analyze(all), at(all, '- name: default', 0, 9))!.markdown,
    /\*\*Forwarded\*\* · `all ports → 10\.0\.2\.2` \(no `ports` list: every port\)/,
  );
});

test('hover valid neighbour: an interface without pitfalls starts with its wiring; the network hover shows them too', () => {
  const pinned = VM.replace('        bridge: {}\n', '        bridge: {}\n        macAddress: 02:00:00:00:00:0b\n');
  const md = hoverAt(analyze(pinned), at(pinned, '- name: blue', 0, 9))!.markdown;
  assert.doesNotMatch(md, /At runtime/);
  const net =
    hoverAt(analyze(VM), at(VM, 'networkName: blue-nad', 0, 2))?.markdown ?? hoverAt(analyze(VM), at(VM, '- name: blue', 1, 9))!.markdown;
  assert.match(net, /At runtime\*\* · interface "blue" \(bridge\) has no macAddress/);
});

test('hover: a version-specific pitfall (the status loop on v1.7.1) is explained on the pod-network interface', () => {
  const reordered = VM.replace(
    /  networks:\n[^]*$/,
    '  networks:\n  - name: blue\n    multus:\n      networkName: blue-nad\n  - name: default\n    pod: {}\n',
  ).replace(
    '      - name: default\n        masquerade: {}\n        ports:\n        - port: 22\n      - name: blue\n        bridge: {}\n',
    '      - name: blue\n        bridge: {}\n      - name: default\n        masquerade: {}\n',
  );
  const ctx = withKubevirtVersion(defaultContext(), 'v1.7.1')!;
  const md = hoverAt(analyze(reordered, ctx), at(reordered, '- name: default', 0, 9))!.markdown.split('\n\n');
  assert.match(
    md[1]!,
    /^\*\*At runtime\*\* · the pod-network interface "default" is listed after "blue": KubeVirt v1\.7 reorders status\.interfaces wrongly/,
  );
  assert.doesNotMatch(
    hoverAt(analyze(reordered, withKubevirtVersion(defaultContext(), 'v1.7.2')!), at(reordered, '- name: default', 0, 9))!.markdown,
    /STATUS-FLAP/,
  );
});
