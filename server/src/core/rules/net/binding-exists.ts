// BIND-01 · binding.go validateInterfaceBindingExists (v1.9+): exactly one of bridge, masquerade, sriov,
// passtBinding or a binding plugin (the discontinued slirp/passt/macvtap do not count).
// OLD-BIND-BOTH · the same function up to v1.8: a binding plugin next to a binding method (which methods count
// changed in v1.8: releases/admission.ts PLUGIN_CONFLICTING_METHODS); an interface without a binding passes.

import type { Finding } from '../../types';
import { present } from '../../go/fmt';
import { COUNTED_BINDINGS } from '../../model/bindings';
import { ifaceAt, ifaceField, type Obj } from './common';
import { finding } from '../rule';
import type { RuleInput } from '../input';
import { codeExists } from '../../codes/index';
import { valueFor } from '../../releases/by-release';
import { PLUGIN_CONFLICTING_METHODS } from '../../releases/admission';

export function validateInterfaceBindingExists(input: RuleInput, i: number, iface: Obj, name: string): Finding[] {
  if (codeExists(input.ctx, 'BIND-01')) return exactlyOneBinding(input, i, iface, name);
  if (codeExists(input.ctx, 'OLD-BIND-BOTH')) return pluginAndMethod(input, i, iface, name);
  return [];
}

function exactlyOneBinding(input: RuleInput, i: number, iface: Obj, name: string): Finding[] {
  const set = COUNTED_BINDINGS.filter((k) => present(iface, k));
  if (set.length === 1) return [];
  const many = set.length > 1;
  return [
    finding(
      'BIND-01',
      `logical ${name} interface must have exactly one binding method or binding plugin`,
      ifaceField(input, i),
      many ? ifaceAt(input, i, set[1]!) : ifaceAt(input, i, 'name'),
      {
        part: many ? 'key' : 'value',
        related: many ? set.slice(0, 1).map((k) => ({ at: ifaceAt(input, i, k), part: 'key' as const, message: `also sets ${k}` })) : [],
        data: { interfaceIndex: i, name, bindings: set, suggestion: many ? set.slice(1) : ['masquerade', 'bridge'] },
      },
    ),
  ];
}

function pluginAndMethod(input: RuleInput, i: number, iface: Obj, name: string): Finding[] {
  if (!present(iface, 'binding')) return [];
  const methods = valueFor(input.ctx, PLUGIN_CONFLICTING_METHODS).filter((k) => present(iface, k));
  if (methods.length === 0) return [];
  return [
    finding(
      'OLD-BIND-BOTH',
      `logical ${name} interface cannot have both binding plugin and interface binding method`,
      ifaceField(input, i, 'binding'),
      ifaceAt(input, i, 'binding'),
      {
        part: 'key',
        related: methods.map((k) => ({ at: ifaceAt(input, i, k), part: 'key' as const, message: `binding method ${k}` })),
        data: { interfaceIndex: i, name, bindings: ['binding', ...methods], suggestion: methods },
      },
    ),
  ];
}
