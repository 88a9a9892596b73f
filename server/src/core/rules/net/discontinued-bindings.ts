// DISC-01..03 · discontinued.go validateDiscontinuedBindings (ValidateCreation): slirp, passt and
// macvtap are rejected when an object is created (slirp in every release, passt and macvtap from v1.8:
// releases/admission.ts CREATION_DISCONTINUED). On a VM create KubeVirt passes the base `spec`
// (not `spec.template.spec`), so the caller may hand in an input whose `base` differs from `basePath`.

import type { Finding } from '../../types';
import { present } from '../../go/fmt';
import { DISCONTINUED, DISCONTINUED_BINDINGS } from '../../model/bindings';
import { ifaceAt, ifaceField } from './common';
import { interfacesOf, nameOf } from '../../model/resource';
import { finding, type Rule } from '../rule';
import { valueFor } from '../../releases/by-release';
import { CREATION_DISCONTINUED } from '../../releases/admission';

export const validateDiscontinuedBindings: Rule = (input) => {
  const out: Finding[] = [];
  const blocked: readonly string[] = valueFor(input.ctx, CREATION_DISCONTINUED);
  interfacesOf(input.spec).forEach((iface, i) => {
    for (const key of DISCONTINUED_BINDINGS) {
      if (!blocked.includes(key) || !present(iface, key)) continue;
      const d = DISCONTINUED[key];
      out.push(
        finding(d.code, d.message, ifaceField(input, i, key), ifaceAt(input, i, key), {
          part: 'key',
          data: { interfaceIndex: i, name: nameOf(iface), binding: key, suggestion: d.replacement },
        }),
      );
    }
  });
  return out;
};
