// KubeVirt's admission for one VM resource (after schema checks passed): defaulting, then the network
// rules in the webhook's order, with its early returns. Runtime-only problems are warnings.
//
// Per kind (pkg/virt-api/webhooks/validating-webhook/admitters):
// * VirtualMachineInstance (vmi-create-admitter.go, after the mutating webhook's defaulting):
//   feature gates (DISC-04) → netadmitter.Validate = ValidateCreation (DISC-01..03) + Validate →
//   ValidateVirtualMachineInstanceSpec (hostname/subdomain, Validate again, DRA device pairs, boot order, probes,
//   DNS, launch security). Everything is collected; the second network pass repeats the first, so each
//   cause is reported once.
// * VirtualMachine (vms-admitter.go, on a defaulted copy): feature gates → return early; ValidateCreation
//   with the base path `spec` (sic) → return early; then ValidateVirtualMachineInstanceSpec once. What the steps
//   after an early return would reject is reported too, marked `blockedBy` (hidden.ts).
// * VirtualMachineInstanceReplicaSet / VirtualMachinePool (vmirs-admitter.go, vmpool-admitter.go): no
//   defaulting and no ValidateCreation; ValidateVirtualMachineInstanceSpec on the template as written,
//   then the feature-gate causes appended. What the VMIs / VMs they create will hit (defaulting errors,
//   discontinued bindings) is reported as a warning.

import type { Context } from '../context/context';
import type { VMISpec } from '../model/api';
import type { VmResource } from '../model/resource';
import type { Finding, Path } from '../types';
import { applyDefaults, type Defaulted } from '../defaults/defaults';
import type { RuleInput } from '../rules/input';
import { validateBootOrder, validateDNS, validateDRANetworkDevicePairs, validateLaunchSecurity, validateProbes } from '../rules/spec/index';
import { validateFeatureGates, validateNetwork, validateNetworkCreation } from '../rules/net/validator';
import { interfacesOf, nameOf } from '../model/resource';
import { bindingKey } from '../model/bindings';
import { finding, type Rule } from '../rules/rule';
import { runtimeChecks } from '../rules/runtime/index';
import { hiddenBehind } from './hidden';

export interface AdmissionResult {
  /** Everything found: errors (the cluster rejects) first in KubeVirt's order, then warnings/hints. */
  findings: Finding[];
  /** The defaulted spec the rules ran on (and the wiring is computed from). */
  spec: VMISpec;
  defaulted: Defaulted;
  /** True when any finding is an error. */
  rejected: boolean;
}

/** Run a rule; a crash in one rule is reported (VIRTWIRE-INTERNAL) and the other rules still run. */
function run(rule: Rule, input: RuleInput): Finding[] {
  try {
    return rule(input) ?? [];
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const message = `Virtwire could not finish its ${rule.name || 'admission'} check on this document: ${why}`;
    return [finding('VIRTWIRE-INTERNAL', message, null, [], { severity: 'warning' })];
  }
}

/** ValidateVirtualMachineInstanceSpec, the network-related part, in KubeVirt's order. */
function validateSpec(input: RuleInput): Finding[] {
  const dns = run(validateDNS, input);
  const early = dns.filter((f) => f.code === 'DNS-01' || f.code === 'DNS-02');
  const late = dns.filter((f) => f.code !== 'DNS-01' && f.code !== 'DNS-02');
  return [
    ...early,
    ...run(validateNetwork, input), // includes validateNetworkDevicesWithDRA (DRA-01..07) at its place
    ...run(validateDRANetworkDevicePairs, input), // draadmitter.ValidateCreation (DRA-08)
    ...run(validateBootOrder, input),
    ...run(validateProbes, input),
    ...late,
    ...run(validateLaunchSecurity, input),
  ];
}

/** Keep each distinct cause once (KubeVirt repeats the network causes on a VMI create). */
function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([f.code, f.field, f.message, f.at]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The deepest prefix of `path` that exists in the document. */
function deepestExisting(object: unknown, path: Path): Path {
  let cur: unknown = object;
  const out: (string | number)[] = [];
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') break;
    const next = (cur as Record<string | number, unknown>)[seg];
    if (next === undefined) break;
    out.push(seg);
    cur = next;
  }
  return out;
}

function defaultedHints(resource: VmResource, spec: VMISpec, defaulted: Defaulted, where: Path): Finding[] {
  const out: Finding[] = [];
  const input = { spec } as Pick<RuleInput, 'spec'>;
  const ifaces = interfacesOf(input.spec);
  const why = 'no interfaces or networks are given';
  const addedIfaceNames = new Set<string>();
  for (const i of defaulted.interfaces) {
    const iface = ifaces[i] ?? {};
    const name = nameOf(iface);
    const binding = bindingKey(iface) ?? 'none';
    addedIfaceNames.add(name);
    out.push(
      finding('DEFAULTED', `KubeVirt adds interface ${JSON.stringify(name)} (${binding}) on the pod network: ${why}`, null, where, {
        severity: 'hint',
        data: { kind: 'interface', interfaceIndex: i, name, binding, network: 'pod', resourceKind: resource.kind },
      }),
    );
  }
  const nets = Array.isArray(spec.networks) ? spec.networks : [];
  for (const n of defaulted.networks) {
    const name = typeof nets[n]?.name === 'string' ? nets[n]!.name! : 'default';
    if (addedIfaceNames.has(name)) continue;
    out.push(
      finding('DEFAULTED', `KubeVirt adds network ${JSON.stringify(name)} (pod network) without an interface: ${why}`, null, where, {
        severity: 'hint',
        data: { kind: 'network', networkIndex: n, name, network: 'pod', resourceKind: resource.kind },
      }),
    );
  }
  return out;
}

function sortBySeverity(findings: Finding[]): Finding[] {
  const rank = { error: 0, warning: 1, information: 2, hint: 3 } as const;
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

/**
 * A VM that names a preference is validated after the preference is applied, and a preference with
 * `preferredInterfaceMasquerade` gives masquerade to pod-network interfaces that have no binding. The
 * preference's content is not in the manifest, so BIND-01 for such an interface is only a warning.
 */
function softenForPreference(resource: VmResource, spec: VMISpec, findings: Finding[]): Finding[] {
  const vmSpecPath =
    resource.kind === 'VirtualMachine'
      ? ['spec']
      : resource.kind === 'VirtualMachinePool'
        ? ['spec', 'virtualMachineTemplate', 'spec']
        : undefined;
  if (!vmSpecPath) return findings;
  let vmSpec: unknown = resource.object;
  for (const k of vmSpecPath) vmSpec = vmSpec && typeof vmSpec === 'object' ? (vmSpec as Record<string, unknown>)[k] : undefined;
  const preference = vmSpec && typeof vmSpec === 'object' ? (vmSpec as Record<string, unknown>).preference : undefined;
  if (!preference || typeof preference !== 'object') return findings;
  const podNetworks = new Set((spec.networks ?? []).filter((n) => n && n.pod !== undefined && n.pod !== null).map((n) => n.name));
  return findings.map((f) => {
    const bindings = f.data?.bindings;
    const i = f.data?.interfaceIndex;
    if (f.code !== 'BIND-01' || !Array.isArray(bindings) || bindings.length !== 0 || typeof i !== 'number') return f;
    const name = spec.domain?.devices?.interfaces?.[i]?.name;
    if (!podNetworks.has(name)) return f;
    return {
      ...f,
      severity: 'warning' as const,
      message: `${f.message} (unless the VM's preference sets preferredInterfaceMasquerade, which gives this pod-network interface masquerade before validation)`,
    };
  });
}

export function admit(resource: VmResource, ctx: Context): AdmissionResult {
  const raw: VMISpec = (resource.spec !== null && typeof resource.spec === 'object' ? resource.spec : {}) as VMISpec;
  let spec: VMISpec;
  let defaulted: Defaulted;
  try {
    ({ spec, defaulted } = applyDefaults(raw, ctx));
  } catch {
    spec = structuredClone(raw);
    defaulted = { interfaces: [], networks: [] };
  }
  const basePath = resource.specPath;
  const base = resource.base;
  const input: RuleInput = { resource, spec, base, basePath, ctx, defaulted };
  const domainAt = deepestExisting(resource.object, [...basePath, 'domain']);
  const template = resource.kind === 'VirtualMachineInstanceReplicaSet' || resource.kind === 'VirtualMachinePool';
  const done = (findings: Finding[]): AdmissionResult => {
    const sorted = sortBySeverity(dedupe(softenForPreference(resource, spec, findings)));
    return { findings: sorted, spec, defaulted, rejected: sorted.some((f) => f.severity === 'error') };
  };

  const notes: Finding[] = [];
  const rejectedLater = (f: Finding): Finding => {
    const made = resource.kind === 'VirtualMachinePool' ? 'VirtualMachine' : 'VirtualMachineInstance';
    return finding('TEMPLATE-REJECTED', `KubeVirt will reject every ${made} this ${resource.kind} creates: ${f.message}`, null, f.at, {
      severity: 'warning',
      ...(f.part ? { part: f.part } : {}),
      data: { code: f.code, field: f.field, ...f.data },
    });
  };

  if (defaulted.error) {
    const def = finding(defaulted.error.code, defaulted.error.message, null, domainAt, {
      data: {
        defaultNetworkInterface: ctx.defaultNetworkInterface,
        permitBridgeInterfaceOnPodNetwork: ctx.permitBridgeInterfaceOnPodNetwork,
      },
    });
    // The mutating webhook (VMI) or the VM admitter's defaulting rejects the object; nothing else runs.
    if (!template) return done([def]);
    notes.push(rejectedLater(def));
  } else {
    notes.push(...defaultedHints(resource, spec, defaulted, domainAt));
  }

  const runtime = run(runtimeChecks, input);

  if (template) {
    // No defaulting and no ValidateCreation at this object's admission: rules see the template as written.
    const rawInput: RuleInput = { ...input, spec: structuredClone(raw), defaulted: { interfaces: [], networks: [] } };
    const errors = [...validateSpec(rawInput), ...run(validateFeatureGates, rawInput)];
    if (!defaulted.error) {
      const creationInput = resource.kind === 'VirtualMachinePool' ? { ...input, base: 'spec' } : input;
      notes.push(...run(validateNetworkCreation, creationInput).map(rejectedLater));
    }
    return done([...errors, ...runtime, ...notes]);
  }

  if (resource.kind === 'VirtualMachine') {
    // KubeVirt returns early after each of the first two steps; what the later steps will reject is still
    // reported, marked as hidden behind the step that stops (blockedBy)
    const gates = run(validateFeatureGates, input);
    const creation = run(validateNetworkCreation, { ...input, base: 'spec' });
    const spec = validateSpec(input);
    if (gates.length)
      return done([
        ...gates,
        ...runtime,
        ...notes,
        ...hiddenBehind(creation, gates),
        ...hiddenBehind(spec, creation.length ? creation : gates),
      ]);
    if (creation.length) return done([...creation, ...runtime, ...notes, ...hiddenBehind(spec, creation)]);
    return done([...spec, ...runtime, ...notes]);
  }

  // VirtualMachineInstance
  return done([
    ...run(validateFeatureGates, input),
    ...run(validateNetworkCreation, input),
    ...run(validateNetwork, input),
    ...validateSpec(input),
    ...runtime,
    ...notes,
  ]);
}
