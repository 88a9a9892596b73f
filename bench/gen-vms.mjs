#!/usr/bin/env node
// Generates a multi-document YAML of N KubeVirt VirtualMachines with realistic network sections:
// the pod network through masquerade with forwarded ports, plus 1–3 Multus networks bound through
// bridge or SR-IOV. Every 10th VM carries one mistake: an interface that no network backs.
// Deterministic (the same N gives the same text).
// usage: node bench/gen-vms.mjs N [--out FILE]      (without --out the YAML goes to stdout)
//        import { generateVms, vmsForLines } from './gen-vms.mjs'

import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { benchArgs, num } from './args.mjs';

const OS = [
  ['fedora', 'quay.io/containerdisks/fedora:41'],
  ['centos', 'quay.io/containerdisks/centos-stream:9'],
  ['ubuntu', 'quay.io/containerdisks/ubuntu:24.04'],
  ['debian', 'quay.io/containerdisks/debian:12'],
];
const TEAMS = ['payments', 'search', 'edge', 'billing', 'infra', 'ml', 'web'];
const hex2 = (n) => (n & 0xff).toString(16).padStart(2, '0');

function ports(i) {
  const list = [
    ['http', 80],
    ['https', 443],
  ];
  if (i % 3 === 0) list.push(['ssh', 22]);
  if (i % 4 === 1) list.push(['metrics', 9100]);
  return list
    .map(([name, port], k) => {
      const proto = k === 1 ? '\n                    protocol: TCP' : '';
      return `                  - name: ${name}\n                    port: ${port}${proto}`;
    })
    .join('\n');
}

function vm(i) {
  const team = TEAMS[i % TEAMS.length];
  const [os, image] = OS[i % OS.length];
  const secondary = 1 + (i % 3);
  const mistake = i % 10 === 9;
  const ifaces = [
    `              - name: default
                masquerade: {}
                ports:
${ports(i)}`,
  ];
  const nets = [
    `          - name: default
            pod: {}`,
  ];
  for (let m = 0; m < secondary; m++) {
    const sriov = m === 1 && i % 2 === 0;
    const name = sriov ? `sriov-${m}` : `vlan-${m}`;
    const mac = `02:5a:${hex2(i >> 8)}:${hex2(i)}:0${m}:01`;
    ifaces.push(
      sriov
        ? `              - name: ${name}
                sriov: {}
                macAddress: "${mac}"`
        : `              - name: ${name}
                bridge: {}
                model: virtio
                macAddress: "${mac}"`,
    );
    nets.push(`          - name: ${name}
            multus:
              networkName: ${team}/${sriov ? 'sriov-net' : `br-vlan${200 + m * 10}`}`);
  }
  if (mistake) {
    ifaces.push(`              - name: backup
                bridge: {}`);
  }
  return `apiVersion: kubevirt.io/v1
kind: VirtualMachine
metadata:
  name: ${os}-${team}-${String(i).padStart(4, '0')}
  namespace: ${team}
  labels:
    app.kubernetes.io/name: ${team}-svc
    app.kubernetes.io/instance: vm-${i}
  annotations:
    description: "${os} guest ${i} for ${team}"
spec:
  runStrategy: ${i % 5 === 4 ? 'Halted' : 'Always'}
  template:
    metadata:
      labels:
        kubevirt.io/domain: ${os}-${team}-${i}
    spec:
      terminationGracePeriodSeconds: 30
      domain:
        cpu:
          cores: ${1 + (i % 4)}
        memory:
          guest: ${1 + (i % 3) * 2}Gi
        devices:
          disks:
            - name: root
              disk:
                bus: virtio
            - name: seed
              disk:
                bus: virtio
          interfaces:
${ifaces.join('\n')}
      networks:
${nets.join('\n')}
      volumes:
        - name: root
          containerDisk:
            image: ${image}
        - name: seed
          cloudInitNoCloud:
            userData: |-
              #cloud-config
              hostname: ${os}-${i}
              ssh_authorized_keys:
                - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${String(i).padStart(6, '0')} ops@${team}
`;
}

/** N VirtualMachines as one multi-document YAML text. */
export function generateVms(n) {
  const docs = [];
  for (let i = 0; i < n; i++) docs.push(vm(i));
  return docs.join('---\n');
}

/** The number of VMs whose text (from `gen(n)`) has at least `lines` lines. */
export function vmsForLines(lines, gen = generateVms) {
  const count = (t) => t.split('\n').length;
  const per = count(gen(20)) / 20;
  let n = Math.max(1, Math.floor(lines / per));
  while (count(gen(n)) < lines) n += Math.max(1, Math.ceil((lines - count(gen(n))) / per));
  return n;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { values, positionals } = benchArgs({ out: { type: 'string' } }, 'node bench/gen-vms.mjs [N] [--out FILE]', { positionals: true });
  const text = generateVms(num(positionals[0], 200));
  if (values.out !== undefined) writeFileSync(values.out, text);
  else process.stdout.write(text);
}
