// The comparison of a wiring case (the `wiring/` format of KubeVirt's sample cases), as strict as the cases
// README says — and no looser:
// * per interface: name, binding, network, podInterface, bridge, tap, absent, defaulted exact; guest, dhcp (the
//   set of DHCPv4 option keys exact), inPod (links in order, every key) exact except runtime values; nftables
//   exact and ordered, domainXml byte for byte, `{{fromPod:…}}` placeholders in them matching one attribute
//   value / token (`[^"\s]+`); status: podInterfaceName, infoSource, queueCount, linkState exact, mac and
//   ipAddresses exact unless runtime; domainTargetRule informative;
// * runtime values: an expected `fromPod…` (`runtime:…`) value matches a value flagged the same way, or — only
//   when the harness supplied a concrete pod state (`context.pod`) — a value of that state;
// * podAnnotations: the same keys, the Multus list compared as parsed JSON (order significant), the rest exact
//   (not asserted for case 028, an existing legacy pod);
// * errors: phase, field, message exact, in KubeVirt's order; nothing extra; a cause marked `since` may be left
//   out by a tool built against v1.9.0;
// * domainMemoryBackingXml exact, and absent when not expected.
// Returns human-readable differences (empty = match).

type J = unknown;
type Obj = Record<string, J>;

function eq(a: J, b: J): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function runtimePrefix(v: J): 'fromPod' | 'runtime:' | undefined {
  if (typeof v !== 'string') return undefined;
  if (v.startsWith('fromPod')) return 'fromPod';
  if (v.startsWith('runtime:')) return 'runtime:';
  return undefined;
}

/** What the harness told the tool about the running pod (`context.pod`), as the values the tool may print. */
export function concretePodValues(context: J): Set<string> {
  const out = new Set<string>();
  const pod = (context as Obj | undefined)?.pod as Obj | undefined;
  if (!pod || typeof pod !== 'object') return out;
  for (const v of Object.values(pod)) {
    if (typeof v !== 'string' && typeof v !== 'number') continue;
    out.add(String(v));
    const [addr, prefix] = String(v).split('/');
    if (prefix !== undefined) {
      out.add(addr!);
      const n = Number(prefix);
      if (addr!.includes('.') && Number.isInteger(n) && n >= 0 && n <= 32) {
        const m = n === 0 ? 0 : (0xffffffff << (32 - n)) >>> 0;
        out.add([24, 16, 8, 0].map((s) => (m >>> s) & 255).join('.'));
      }
    }
  }
  return out;
}

export class WiringComparator {
  readonly diffs: string[] = [];
  constructor(private readonly concrete: Set<string>) {}

  /** expected runtime value ⇒ actual flagged the same way, or a supplied concrete pod value; else exact. */
  matches(expected: J, actual: J): boolean {
    const rk = runtimePrefix(expected);
    if (rk) {
      if (runtimePrefix(actual) === rk) return true;
      if (this.concrete.size === 0) return false;
      const values = Array.isArray(actual) ? actual : [actual];
      return values.length > 0 && values.every((v) => (typeof v === 'string' || typeof v === 'number') && this.concrete.has(String(v)));
    }
    if (Array.isArray(expected) || Array.isArray(actual)) {
      return (
        Array.isArray(expected) &&
        Array.isArray(actual) &&
        expected.length === actual.length &&
        expected.every((e, i) => this.matches(e, actual[i]))
      );
    }
    if (expected && typeof expected === 'object' && actual && typeof actual === 'object') {
      const ek = Object.keys(expected).sort();
      if (!eq(ek, Object.keys(actual).sort())) return false;
      return ek.every((k) => this.matches((expected as Obj)[k], (actual as Obj)[k]));
    }
    return eq(expected, actual);
  }

  field(path: string, expected: J, actual: J): void {
    if (!this.matches(expected ?? null, actual ?? null))
      this.diffs.push(`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
  }

  exact(path: string, expected: J, actual: J): void {
    if (!eq(expected ?? null, actual ?? null)) this.diffs.push(`${path}: ${JSON.stringify(actual)} ≠ ${JSON.stringify(expected)}`);
  }

  /** Every key of both objects, compared with `matches`. */
  object(path: string, expected: Obj, actual: Obj | null | undefined): void {
    if (!actual || typeof actual !== 'object') return void this.diffs.push(`${path}: ${JSON.stringify(actual)}, expected an object`);
    for (const k of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      if (!(k in actual)) this.diffs.push(`${path}.${k}: missing`);
      else if (!(k in expected)) this.diffs.push(`${path}.${k}: unexpected ${JSON.stringify(actual[k])}`);
      else this.field(`${path}.${k}`, expected[k], actual[k]);
    }
  }
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Placeholders in the expected string match one attribute value / token; the tool may emit its own. */
export function placeholderMatch(expected: string, actual: string): boolean {
  const parts = expected.split(/\{\{fromPod:[^}]*\}\}/);
  const re = new RegExp('^' + parts.map(escapeRe).join('[^"\\s]+') + '$');
  return re.test(actual);
}

function compareInPod(c: WiringComparator, e: Obj, a: Obj | undefined, path: string): void {
  if (!a) return void c.diffs.push(`${path}: missing`);
  const el = (e.links as Obj[]) ?? [];
  const al = Array.isArray(a.links) ? (a.links as Obj[]) : [];
  if (el.length !== al.length)
    c.diffs.push(`${path}.links: ${al.length} links, expected ${el.length} (${JSON.stringify(al.map((l) => l.name))})`);
  el.forEach((link, i) => {
    if (al[i]) c.object(`${path}.links[${i}]`, link, al[i]);
  });
  c.exact(`${path}.podIfaceUntouched`, e.podIfaceUntouched, a.podIfaceUntouched);
  c.object(`${path}.sysctls`, (e.sysctls as Obj) ?? {}, (a.sysctls as Obj) ?? {});
}

function compareStatus(c: WiringComparator, e: Obj | null, a: Obj | null | undefined, path: string): void {
  if (e === null || e === undefined) {
    if (a !== null && a !== undefined) c.diffs.push(`${path}: expected null, got ${JSON.stringify(a)}`);
    return;
  }
  if (!a) return void c.diffs.push(`${path}: missing`);
  for (const k of ['podInterfaceName', 'infoSource', 'queueCount', 'linkState']) c.exact(`${path}.${k}`, e[k], a[k]);
  for (const k of ['mac', 'ipAddresses']) {
    if (!runtimePrefix(e[k])) c.exact(`${path}.${k}`, e[k], a[k]);
  }
}

function compareDhcp(c: WiringComparator, e: J, a: J, path: string): void {
  if (e === null || e === undefined || a === null || a === undefined) return c.exact(path, e, a);
  for (const fam of ['v4', 'v6']) {
    const ev = (e as Obj)[fam] as Obj | null | undefined;
    const av = (a as Obj)[fam] as Obj | null | undefined;
    if (ev === null || ev === undefined || av === null || av === undefined) {
      c.exact(`${path}.${fam}`, ev, av);
      continue;
    }
    for (const k of new Set([...Object.keys(ev), ...Object.keys(av)])) {
      if (k !== 'options') c.field(`${path}.${fam}.${k}`, ev[k], av[k]);
    }
    if ('options' in ev || 'options' in av) {
      const eo = (ev.options ?? {}) as Obj;
      const ao = (av.options ?? {}) as Obj;
      const ek = Object.keys(eo).sort();
      const ak = Object.keys(ao).sort();
      if (!eq(ek, ak)) c.diffs.push(`${path}.${fam}.options keys: ${ak.join(',')} ≠ ${ek.join(',')}`);
      for (const o of ek) if (o in ao) c.field(`${path}.${fam}.options.${o}`, eo[o], ao[o]);
    }
  }
}

function compareInterface(c: WiringComparator, e: Obj, a: Obj | undefined, path: string): void {
  if (!a) return void c.diffs.push(`${path}: missing`);
  for (const k of ['name', 'binding', 'network', 'podInterface', 'bridge', 'tap']) c.exact(`${path}.${k}`, e[k], a[k]);
  for (const k of ['absent', 'defaulted']) c.exact(`${path}.${k}`, e[k] ?? false, a[k] ?? false);
  c.field(`${path}.guest`, e.guest, a.guest);
  compareDhcp(c, e.dhcp, a.dhcp, `${path}.dhcp`);
  const en = (e.nftables as string[]) ?? [];
  const an = Array.isArray(a.nftables) ? (a.nftables as J[]) : [];
  if (en.length !== an.length) c.diffs.push(`${path}.nftables: ${an.length} commands, expected ${en.length}`);
  en.forEach((cmd, i) => {
    const got = an[i];
    if (got !== undefined && (typeof got !== 'string' || !placeholderMatch(cmd, got)))
      c.diffs.push(`${path}.nftables[${i}]: ${JSON.stringify(got)} ≠ ${cmd}`);
  });
  const ex = e.domainXml as string | null;
  const ax = a.domainXml as J;
  if (ex === null || ex === undefined) {
    if (ax !== null && ax !== undefined) c.diffs.push(`${path}.domainXml: expected null, got ${JSON.stringify(ax)}`);
  } else if (typeof ax !== 'string' || !placeholderMatch(ex, ax)) {
    c.diffs.push(`${path}.domainXml:\n   got ${JSON.stringify(ax)}\n  want ${ex}`);
  }
  compareInPod(c, e.inPod as Obj, a.inPod as Obj | undefined, `${path}.inPod`);
  compareStatus(c, e.status as Obj | null, a.status as Obj | null | undefined, `${path}.status`);
}

function compareAnnotations(c: WiringComparator, e: Record<string, string>, a: J): void {
  const av = (a && typeof a === 'object' ? a : {}) as Record<string, J>;
  const ek = Object.keys(e).sort();
  const ak = Object.keys(av).sort();
  if (!eq(ek, ak)) c.diffs.push(`podAnnotations keys: ${ak.join(',')} ≠ ${ek.join(',')}`);
  for (const k of ek) {
    if (!(k in av)) continue;
    if (k === 'k8s.v1.cni.cncf.io/networks') {
      let ok = false;
      try {
        ok = typeof av[k] === 'string' && eq(JSON.parse(e[k]!), JSON.parse(av[k] as string));
      } catch {
        ok = false;
      }
      if (!ok) c.diffs.push(`podAnnotations.${k}: ${JSON.stringify(av[k])} ≠ ${e[k]}`);
    } else c.exact(`podAnnotations.${k}`, e[k], av[k]);
  }
}

function compareErrors(c: WiringComparator, expected: Obj[], actual: Obj[]): void {
  const project = (x: Obj) => ({ phase: x.phase, field: x.field ?? null, message: x.message });
  const got = actual.map(project);
  // walk the expected causes in order: each is matched by the next reported one, or skipped when `since`-marked
  let k = 0;
  let ok = true;
  for (const e of expected) {
    if (k < got.length && eq(project(e), got[k])) k++;
    else if (e.since === undefined) ok = false;
  }
  if (!ok || k !== got.length) c.diffs.push(`errors: ${JSON.stringify(got)} ≠ ${JSON.stringify(expected.map(project))}`);
}

/** Compare one resource's output (interfaces, podAnnotations, errors, domainMemoryBackingXml) with a case. */
export function compareCase(expected: Obj, actual: Obj, opts: { skipAnnotations?: boolean } = {}): string[] {
  const c = new WiringComparator(concretePodValues(expected.context));
  const ei = (expected.interfaces as Obj[]) ?? [];
  const ai = Array.isArray(actual.interfaces) ? (actual.interfaces as Obj[]) : [];
  if (ei.length !== ai.length) c.diffs.push(`interfaces: ${ai.length}, expected ${ei.length}`);
  ei.forEach((e, i) => compareInterface(c, e, ai[i], `interfaces[${i}]`));
  if (!opts.skipAnnotations) compareAnnotations(c, (expected.podAnnotations as Record<string, string>) ?? {}, actual.podAnnotations);
  compareErrors(c, (expected.errors as Obj[]) ?? [], Array.isArray(actual.errors) ? (actual.errors as Obj[]) : []);
  if (expected.domainMemoryBackingXml !== undefined || actual.domainMemoryBackingXml !== undefined) {
    c.exact('domainMemoryBackingXml', expected.domainMemoryBackingXml, actual.domainMemoryBackingXml);
  }
  return c.diffs;
}
