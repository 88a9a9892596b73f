// Building a Context from a KubeVirt CR, from a runtime-context JSON (the `context` object of the
// wiring cases), and from NetworkAttachmentDefinitions seen in the workspace.

import { defaultContext, type Context, type NadDetails, type NadRef, type NetworkBindingPlugin, type ServiceRef } from './context';
import { clusterKubevirtVersion, parseKubevirtPatch, parseKubevirtVersion } from './version';
import { obj } from '../model/values';

function strings(v: unknown): string[] | undefined {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : undefined;
}

/**
 * Applies a KubeVirt CR to `base` (a copy is returned): its `spec.configuration`, and, unless a version was set
 * explicitly, the release it reports in `status.observedKubeVirtVersion` (the `auto` version).
 */
export function contextFromKubeVirtCR(cr: unknown, base: Context = defaultContext()): Context {
  const ctx: Context = structuredClone(base);
  const observed = obj(obj(cr)?.status)?.observedKubeVirtVersion;
  if (ctx.kubevirtVersionSource !== 'setting' && typeof observed === 'string') {
    const v = clusterKubevirtVersion(observed);
    if (v) {
      ctx.kubevirtVersion = v;
      ctx.kubevirtVersionSource = 'cluster';
      withPatch(ctx, v === parseKubevirtVersion(observed) ? parseKubevirtPatch(observed) : undefined);
    }
  }
  ctx.kubevirtCR = true;
  const conf = obj(obj(obj(cr)?.spec)?.configuration);
  if (!conf) return ctx;
  const net = obj(conf.network);
  if (net) {
    if (typeof net.defaultNetworkInterface === 'string') ctx.defaultNetworkInterface = net.defaultNetworkInterface;
    if (typeof net.permitBridgeInterfaceOnPodNetwork === 'boolean') {
      ctx.permitBridgeInterfaceOnPodNetwork = net.permitBridgeInterfaceOnPodNetwork;
    }
    if (typeof net.permitSlirpInterface === 'boolean') ctx.permitSlirpInterface = net.permitSlirpInterface;
    const binding = obj(net.binding);
    if (binding) {
      ctx.networkBindings = {};
      for (const [name, plugin] of Object.entries(binding)) {
        ctx.networkBindings[name] = (obj(plugin) ?? {}) as NetworkBindingPlugin;
      }
    }
  }
  const dev = obj(conf.developerConfiguration);
  if (dev) {
    ctx.featureGates = strings(dev.featureGates) ?? ctx.featureGates;
    ctx.disabledFeatureGates = strings(dev.disabledFeatureGates) ?? ctx.disabledFeatureGates;
  }
  const arch = obj(conf.architectureConfiguration);
  if (arch && typeof arch.defaultArchitecture === 'string') ctx.arch = arch.defaultArchitecture;
  return ctx;
}

/** The values `virtwire.kubevirtVersion` / `--kubevirt-version` accept, for messages. */
export const KUBEVIRT_VERSION_VALUES = 'auto, v1.5, v1.6, v1.7, v1.8, v1.9 or main (1.8 and v1.8.3 mean v1.8)';

/**
 * Applies the version setting (`auto`, `v1.8`, `1.8`, `v1.8.3`, `main`, …): an explicit release wins over the
 * cluster's; `auto` (or empty) keeps the cluster's or the default. Returns undefined for an unknown value.
 */
export function withKubevirtVersion(ctx: Context, setting: string | undefined): Context | undefined {
  if (setting === undefined || setting.trim() === '' || setting.trim().toLowerCase() === 'auto') return ctx;
  const v = parseKubevirtVersion(setting);
  if (!v) return undefined;
  return withPatch({ ...ctx, kubevirtVersion: v, kubevirtVersionSource: 'setting' }, parseKubevirtPatch(setting));
}

/** Sets (or clears) the known patch release of the context's minor release. */
function withPatch(ctx: Context, patch: number | undefined): Context {
  if (patch === undefined) delete ctx.kubevirtPatch;
  else ctx.kubevirtPatch = patch;
  return ctx;
}

/** Applies a runtime-context JSON object (keys as the `context` object of the wiring cases). */
export function contextFromJSON(json: unknown, base: Context = defaultContext()): Context {
  const ctx: Context = structuredClone(base);
  const j = obj(json);
  if (!j) return ctx;
  if (typeof j.arch === 'string') ctx.arch = j.arch;
  const fams = strings(j.podIPFamilies);
  if (fams) ctx.podIPFamilies = fams.filter((f): f is 'IPv4' | 'IPv6' => f === 'IPv4' || f === 'IPv6');
  ctx.featureGates = strings(j.featureGates) ?? ctx.featureGates;
  ctx.disabledFeatureGates = strings(j.disabledFeatureGates) ?? ctx.disabledFeatureGates;
  if (typeof j.permitBridgeInterfaceOnPodNetwork === 'boolean') {
    ctx.permitBridgeInterfaceOnPodNetwork = j.permitBridgeInterfaceOnPodNetwork;
  }
  if (typeof j.defaultNetworkInterface === 'string') ctx.defaultNetworkInterface = j.defaultNetworkInterface;
  const nb = obj(j.networkBindings);
  if (nb) ctx.networkBindings = nb as Record<string, NetworkBindingPlugin>;
  const st = obj(j.vmiStatus);
  if (st) {
    if (typeof st.migrationTransport === 'string') ctx.vmiStatus.migrationTransport = st.migrationTransport;
    if (typeof st.runtimeUser === 'number') ctx.vmiStatus.runtimeUser = st.runtimeUser;
  }
  if (typeof j.guestAgent === 'boolean') ctx.guestAgent = j.guestAgent;
  if (typeof j.kubemacpool === 'boolean') ctx.kubemacpool = j.kubemacpool;
  if (typeof j.libvirtMemfdSupported === 'boolean') ctx.libvirtMemfdSupported = j.libvirtMemfdSupported;
  const pod = obj(j.pod);
  if (pod) ctx.pod = pod as Context['pod'];
  return ctx;
}

/** Adds NADs to the context (turning the NAD check on). */
export function withNads(ctx: Context, nads: NadRef[]): Context {
  if (nads.length === 0) return ctx;
  return { ...ctx, nads: [...(ctx.nads ?? []), ...nads] };
}

/**
 * The NADs an object provides: a NetworkAttachmentDefinition itself, or the one OVN-Kubernetes generates for
 * a UserDefinedNetwork (same name, same namespace) or a ClusterUserDefinedNetwork (its name, in each namespace
 * it selects) (ovn-kubernetes go-controller/pkg/clustermanager/userdefinednetwork/nad.go updateNAD: the NAD
 * is obj.GetName() in the target namespace). A CUDN's selector is read when it names namespaces by
 * kubernetes.io/metadata.name; otherwise its NAD may be in any namespace.
 */
export function nadsFromObject(o: unknown): NadRef[] {
  const kind = obj(o)?.kind;
  if (kind === 'NetworkAttachmentDefinition') {
    const n = nadFromObject(o);
    return n ? [n] : [];
  }
  const meta = obj(obj(o)?.metadata);
  if (!meta || typeof meta.name !== 'string') return [];
  const name = meta.name;
  if (kind === 'UserDefinedNetwork') {
    return [{ name, namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined, via: `UserDefinedNetwork ${name}` }];
  }
  if (kind === 'ClusterUserDefinedNetwork') {
    const sel = obj(obj(obj(o)?.spec)?.namespaceSelector);
    const byName = selectedNamespaces(sel);
    const via = `ClusterUserDefinedNetwork ${name}`;
    return byName ? byName.map((namespace) => ({ name, namespace, via })) : [{ name, namespace: undefined, via }];
  }
  return [];
}

/** Namespaces a selector names through kubernetes.io/metadata.name (matchLabels or `In`), else undefined. */
function selectedNamespaces(sel: Record<string, unknown> | undefined): string[] | undefined {
  if (!sel) return undefined;
  const key = 'kubernetes.io/metadata.name';
  const labels = obj(sel.matchLabels);
  const exprs = Array.isArray(sel.matchExpressions) ? sel.matchExpressions.map(obj) : [];
  const other = Object.keys(labels ?? {}).some((k) => k !== key) || exprs.some((e) => e?.key !== key || e?.operator !== 'In');
  if (other) return undefined;
  const names = [...(typeof labels?.[key] === 'string' ? [labels[key] as string] : []), ...exprs.flatMap((e) => strings(e?.values) ?? [])];
  return names.length > 0 ? names : undefined;
}

export function nadFromObject(o: unknown): NadRef | undefined {
  const meta = obj(obj(o)?.metadata);
  if (!meta || typeof meta.name !== 'string') return undefined;
  const ref: NadRef = { name: meta.name, namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined };
  const details = nadDetails(o);
  if (details) ref.details = details;
  return ref;
}

/** The CNI facts of a NetworkAttachmentDefinition; undefined when it has no readable `spec.config`. */
function nadDetails(o: unknown): NadDetails | undefined {
  const config = obj(obj(o)?.spec)?.config;
  if (typeof config !== 'string' || config.length > 256 * 1024) return undefined;
  let conf: Record<string, unknown> | undefined;
  try {
    conf = obj(JSON.parse(config));
  } catch {
    return undefined;
  }
  if (!conf) return undefined;
  const plugins = Array.isArray(conf.plugins) ? conf.plugins.map(obj).filter((p): p is Record<string, unknown> => !!p) : [conf];
  const details: NadDetails = {};
  const type = plugins[0]?.type;
  if (typeof type === 'string') details.cniType = type;
  details.ipam = plugins.some((p) => typeof obj(p.ipam)?.type === 'string' && obj(p.ipam)!.type !== '');
  const rn = obj(obj(obj(o)?.metadata)?.annotations)?.['k8s.v1.cni.cncf.io/resourceName'];
  if (typeof rn === 'string' && rn !== '') details.resourceName = rn;
  return details;
}

/** A Service's selector and ports (protocol TCP and targetPort = port when not written, as Kubernetes defaults them). */
export function serviceFromObject(o: unknown): ServiceRef | undefined {
  if (obj(o)?.kind !== 'Service') return undefined;
  const meta = obj(obj(o)?.metadata);
  const spec = obj(obj(o)?.spec);
  if (!meta || typeof meta.name !== 'string' || !spec) return undefined;
  const selector: Record<string, string> = {};
  for (const [k, v] of Object.entries(obj(spec.selector) ?? {})) if (typeof v === 'string') selector[k] = v;
  const ports: ServiceRef['ports'] = [];
  for (const p of Array.isArray(spec.ports) ? spec.ports.slice(0, 1000) : []) {
    const port = obj(p);
    if (!port || typeof port.port !== 'number') continue;
    const target =
      typeof port.targetPort === 'number' || (typeof port.targetPort === 'string' && port.targetPort !== '') ? port.targetPort : port.port;
    ports.push({
      port: port.port,
      targetPort: typeof target === 'string' && /^\d+$/.test(target) ? Number(target) : target,
      protocol: typeof port.protocol === 'string' && port.protocol !== '' ? port.protocol.toUpperCase() : 'TCP',
      ...(typeof port.name === 'string' && port.name !== '' ? { name: port.name } : {}),
    });
  }
  return { name: meta.name, namespace: typeof meta.namespace === 'string' ? meta.namespace : undefined, selector, ports };
}

/** Adds Services to the context. */
export function withServices(ctx: Context, services: ServiceRef[]): Context {
  if (services.length === 0) return ctx;
  return { ...ctx, services: [...(ctx.services ?? []), ...services] };
}
