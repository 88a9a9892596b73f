// The comparison rules of cases/README.md for wiring cases: exact fields, `fromPod…`/`runtime:` wildcards,
// `{{fromPod:…}}` placeholder wildcards inside XML and nft strings, structural inPod, loose status,
// parsed Multus annotation JSON. Returns human-readable differences (empty = match).

type J = unknown;

function isRuntime(v: J): boolean {
  return typeof v === 'string' && (v.startsWith('fromPod') || v.startsWith('runtime:'));
}

function eq(a: J, b: J): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** expected runtime value ⇒ actual runtime too, or any concrete value of the same JSON type. */
function valueMatches(expected: J, actual: J): boolean {
  if (isRuntime(expected)) return isRuntime(actual) || (actual !== null && actual !== undefined);
  if (Array.isArray(expected) && Array.isArray(actual)) {
    return expected.length === actual.length && expected.every((e, i) => valueMatches(e, actual[i]));
  }
  if (expected && typeof expected === 'object' && actual && typeof actual === 'object' && !Array.isArray(expected)) {
    const ek = Object.keys(expected as object).sort();
    const ak = Object.keys(actual as object).sort();
    if (!eq(ek, ak)) return false;
    return ek.every((k) => valueMatches((expected as Record<string, J>)[k], (actual as Record<string, J>)[k]));
  }
  return eq(expected, actual);
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

function compareInPod(e: Record<string, J>, a: Record<string, J> | undefined, path: string, diffs: string[]): void {
  if (!a) return void diffs.push(`${path}: missing`);
  const el = (e.links as Record<string, J>[]) ?? [];
  const al = (a.links as Record<string, J>[]) ?? [];
  if (el.length !== al.length) diffs.push(`${path}.links: ${al.length} links, expected ${el.length} (${JSON.stringify(al.map((l) => l.name))})`);
  el.forEach((link, i) => {
    const got = al[i];
    if (!got) return;
    for (const [k, v] of Object.entries(link)) {
      if (k === 'ipv4When') continue; // informative
      if (!valueMatches(v, got[k])) diffs.push(`${path}.links[${i}].${k}: ${JSON.stringify(got[k])} ≠ ${JSON.stringify(v)}`);
    }
    for (const k of Object.keys(got)) {
      if (k !== 'ipv4When' && !(k in link)) diffs.push(`${path}.links[${i}].${k}: unexpected ${JSON.stringify(got[k])}`);
    }
  });
  if (e.podIfaceUntouched !== a.podIfaceUntouched) diffs.push(`${path}.podIfaceUntouched: ${JSON.stringify(a.podIfaceUntouched)} ≠ ${JSON.stringify(e.podIfaceUntouched)}`);
  if (!eq(e.sysctls ?? {}, a.sysctls ?? {}) && !valueMatches(e.sysctls ?? {}, a.sysctls ?? {})) {
    diffs.push(`${path}.sysctls: ${JSON.stringify(a.sysctls)} ≠ ${JSON.stringify(e.sysctls)}`);
  }
}

function compareStatus(e: Record<string, J> | null, a: Record<string, J> | null | undefined, path: string, diffs: string[]): void {
  if (e === null || e === undefined) {
    if (a !== null && a !== undefined) diffs.push(`${path}: expected null`);
    return;
  }
  if (!a) return void diffs.push(`${path}: missing`);
  for (const k of ['podInterfaceName', 'infoSource', 'queueCount', 'linkState']) {
    if (!eq(e[k] ?? null, a[k] ?? null)) diffs.push(`${path}.${k}: ${JSON.stringify(a[k])} ≠ ${JSON.stringify(e[k])}`);
  }
  for (const k of ['mac', 'ipAddresses']) {
    if (isRuntime(e[k])) continue;
    if (!eq(e[k] ?? null, a[k] ?? null)) diffs.push(`${path}.${k}: ${JSON.stringify(a[k])} ≠ ${JSON.stringify(e[k])}`);
  }
}

function compareDhcp(e: J, a: J, path: string, diffs: string[]): void {
  if (e === null || a === null || e === undefined || a === undefined) {
    if ((e ?? null) !== (a ?? null)) diffs.push(`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(e)}`);
    return;
  }
  for (const fam of ['v4', 'v6']) {
    const ev = (e as Record<string, J>)[fam] as Record<string, J> | null;
    const av = (a as Record<string, J>)[fam] as Record<string, J> | null;
    if (ev === null || av === null || ev === undefined || av === undefined) {
      if ((ev ?? null) !== (av ?? null)) diffs.push(`${path}.${fam}: ${JSON.stringify(av)} ≠ ${JSON.stringify(ev)}`);
      continue;
    }
    const keys = new Set([...Object.keys(ev), ...Object.keys(av)]);
    for (const k of keys) {
      if (k === 'options') {
        const eo = ev.options as Record<string, J>;
        const ao = (av.options ?? {}) as Record<string, J>;
        const ek = Object.keys(eo).sort();
        const ak = Object.keys(ao).sort();
        if (!eq(ek, ak)) diffs.push(`${path}.${fam}.options keys: ${ak.join(',')} ≠ ${ek.join(',')}`);
        for (const o of ek) {
          if (o in ao && !valueMatches(eo[o], ao[o])) diffs.push(`${path}.${fam}.options.${o}: ${JSON.stringify(ao[o])} ≠ ${JSON.stringify(eo[o])}`);
        }
      } else if (k === 'enabledWhen') {
        if ((k in ev) !== (k in av)) diffs.push(`${path}.${fam}.enabledWhen presence differs`);
      } else if (!valueMatches(ev[k], av[k])) {
        diffs.push(`${path}.${fam}.${k}: ${JSON.stringify(av[k])} ≠ ${JSON.stringify(ev[k])}`);
      }
    }
  }
}

export function compareInterface(e: Record<string, J>, a: Record<string, J> | undefined, path: string, diffs: string[]): void {
  if (!a) return void diffs.push(`${path}: missing`);
  for (const k of ['name', 'binding', 'network', 'podInterface', 'bridge', 'tap']) {
    if (!eq(e[k] ?? null, a[k] ?? null)) diffs.push(`${path}.${k}: ${JSON.stringify(a[k])} ≠ ${JSON.stringify(e[k])}`);
  }
  for (const k of ['absent', 'defaulted']) {
    if ((e[k] ?? false) !== (a[k] ?? false)) diffs.push(`${path}.${k}: ${JSON.stringify(a[k])} ≠ ${JSON.stringify(e[k])}`);
  }
  if (!valueMatches(e.guest, a.guest)) diffs.push(`${path}.guest: ${JSON.stringify(a.guest)} ≠ ${JSON.stringify(e.guest)}`);
  compareDhcp(e.dhcp, a.dhcp, `${path}.dhcp`, diffs);
  const en = (e.nftables as string[]) ?? [];
  const an = (a.nftables as string[]) ?? [];
  if (en.length !== an.length) diffs.push(`${path}.nftables: ${an.length} commands, expected ${en.length}`);
  en.forEach((c, i) => {
    if (an[i] !== undefined && !placeholderMatch(c, an[i]!)) diffs.push(`${path}.nftables[${i}]: ${an[i]} ≠ ${c}`);
  });
  const ex = e.domainXml as string | null;
  const ax = a.domainXml as string | null | undefined;
  if (ex === null || ex === undefined) {
    if (ax !== null && ax !== undefined) diffs.push(`${path}.domainXml: expected null, got ${ax}`);
  } else if (typeof ax !== 'string' || !placeholderMatch(ex, ax)) {
    diffs.push(`${path}.domainXml:\n   got ${ax}\n  want ${ex}`);
  }
  compareInPod(e.inPod as Record<string, J>, a.inPod as Record<string, J> | undefined, `${path}.inPod`, diffs);
  compareStatus(e.status as Record<string, J> | null, a.status as Record<string, J> | null | undefined, `${path}.status`, diffs);
}

function compareAnnotations(e: Record<string, string>, a: Record<string, string> | undefined, diffs: string[]): void {
  const av = a ?? {};
  const ek = Object.keys(e).sort();
  const ak = Object.keys(av).sort();
  if (!eq(ek, ak)) diffs.push(`podAnnotations keys: ${ak.join(',')} ≠ ${ek.join(',')}`);
  for (const k of ek) {
    if (!(k in av)) continue;
    if (k === 'k8s.v1.cni.cncf.io/networks') {
      let ok = false;
      try {
        ok = eq(JSON.parse(e[k]!), JSON.parse(av[k]!));
      } catch {
        ok = false;
      }
      if (!ok) diffs.push(`podAnnotations.${k}: ${av[k]} ≠ ${e[k]}`);
    } else if (e[k] !== av[k]) diffs.push(`podAnnotations.${k}: ${av[k]} ≠ ${e[k]}`);
  }
}

/** Compare one resource's output (interfaces, podAnnotations, errors, domainMemoryBackingXml) with a case. */
export function compareCase(expected: Record<string, J>, actual: Record<string, J>, opts: { skipAnnotations?: boolean } = {}): string[] {
  const diffs: string[] = [];
  const ei = (expected.interfaces as Record<string, J>[]) ?? [];
  const ai = (actual.interfaces as Record<string, J>[]) ?? [];
  if (ei.length !== ai.length) diffs.push(`interfaces: ${ai.length}, expected ${ei.length}`);
  ei.forEach((e, i) => compareInterface(e, ai[i], `interfaces[${i}]`, diffs));
  if (!opts.skipAnnotations) compareAnnotations((expected.podAnnotations as Record<string, string>) ?? {}, actual.podAnnotations as Record<string, string>, diffs);
  const ee = ((expected.errors as Record<string, J>[]) ?? []);
  const ae = ((actual.errors as Record<string, J>[]) ?? []);
  const required = ee.filter((x) => x.since === undefined);
  const project = (x: Record<string, J>) => ({ phase: x.phase, field: x.field ?? null, message: x.message });
  const aeP = ae.map(project);
  if (!eq(ee.map(project), aeP) && !eq(required.map(project), aeP.filter((x) => required.some((r) => eq(project(r), x))))) {
    diffs.push(`errors: ${JSON.stringify(aeP)} ≠ ${JSON.stringify(ee.map(project))}`);
  }
  if (expected.domainMemoryBackingXml !== undefined && expected.domainMemoryBackingXml !== actual.domainMemoryBackingXml) {
    diffs.push(`domainMemoryBackingXml: ${actual.domainMemoryBackingXml} ≠ ${expected.domainMemoryBackingXml}`);
  }
  if (expected.domainMemoryBackingXml === undefined && actual.domainMemoryBackingXml !== undefined) {
    diffs.push(`domainMemoryBackingXml: unexpected ${actual.domainMemoryBackingXml}`);
  }
  return diffs;
}
