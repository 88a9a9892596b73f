// DISC-01..03 · discontinued.go validateDiscontinuedBindings (ValidateCreation): slirp, passt and
// macvtap are rejected when an object is created (slirp in every release, passt and macvtap from v1.8:
// releases/admission.ts CREATION_DISCONTINUED). On a VM create KubeVirt passes the base `spec`
// (not `spec.template.spec`), so the caller may hand in an input whose `base` differs from `basePath`.

import type { Finding } from '../../types';
import { present } from '../../go/fmt';
import { ifaceAt, ifaceField, interfaces, nameOf } from './common';
import { finding, type Rule } from '../rule';
import { valueFor } from '../../releases/by-release';
import { CREATION_DISCONTINUED } from '../../releases/admission';

const DISCONTINUED: readonly { key: string; code: string; message: string }[] = [
  { key: 'slirp', code: 'DISC-01', message: 'Slirp interface support has been discontinued since v1.3' },
  { key: 'passt', code: 'DISC-02', message: 'Passt network binding has been discontinued since v1.3' },
  { key: 'macvtap', code: 'DISC-03', message: 'Macvtap network binding has been discontinued since v1.3' },
];

/** What to use instead (KubeVirt's user guide: macvtap lives on as the macvtap network binding plugin). */
const REPLACEMENT: Record<string, string> = { slirp: 'masquerade', passt: 'passtBinding', macvtap: 'binding: {name: macvtap}' };

export const validateDiscontinuedBindings: Rule = (input) => {
  const out: Finding[] = [];
  const blocked: readonly string[] = valueFor(input.ctx, CREATION_DISCONTINUED);
  interfaces(input).forEach((iface, i) => {
    for (const d of DISCONTINUED) {
      if (!blocked.includes(d.key) || !present(iface, d.key)) continue;
      out.push(
        finding(d.code, d.message, ifaceField(input, i, d.key), ifaceAt(input, i, d.key), {
          part: 'key',
          data: { interfaceIndex: i, name: nameOf(iface), binding: d.key, suggestion: REPLACEMENT[d.key] },
        }),
      );
    }
  });
  return out;
};
