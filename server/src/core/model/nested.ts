// Resources nested in another document: the objects of an OpenShift Template (template.openshift.io/v1,
// or v1 from OpenShift 3) and the items of a list. kubectl treats any object with an `items` field as a
// list and creates each item; items that carry neither kind nor apiVersion take the list's apiVersion and
// its kind without the `List` suffix (k8s.io/apimachinery pkg/apis/meta/v1/unstructured/helpers.go,
// unstructuredJSONScheme.decode and decodeToList), so `kind: List` and `VirtualMachineList` both work.
// `oc process` creates a Template's objects after substituting its parameters (see template-params.ts).

import type { Path } from '../types';
import { obj } from './values';

export interface Container {
  /** `Template` or the list's kind (`List`, `VirtualMachineList`, …). */
  kind: string;
  name: string;
  /** `objects` (Template) or `items` (list). */
  field: 'objects' | 'items';
}

export interface NestedObject {
  /** Path of the object in the document (['objects', 3], ['items', 0, 'objects', 1], …). */
  root: Path;
  /** Innermost container first. */
  containers: Container[];
  /** The object, with the kind and apiVersion a list gives its bare items. */
  object: Record<string, unknown>;
}

function nameOf(o: Record<string, unknown>): string {
  const meta = obj(o.metadata);
  return typeof meta?.name === 'string' ? meta.name : '';
}

export function isTemplate(o: Record<string, unknown>): boolean {
  return o.kind === 'Template' && (o.apiVersion === 'template.openshift.io/v1' || o.apiVersion === 'v1') && Array.isArray(o.objects);
}

export function isList(o: Record<string, unknown>): boolean {
  return Array.isArray(o.items);
}

/** The objects nested in a document's value (Templates and lists, up to three levels deep). */
export function nestedObjects(value: unknown, depth = 0, root: Path = [], outer: Container[] = []): NestedObject[] {
  const o = obj(value);
  if (!o || depth > 2) return [];
  let field: 'objects' | 'items';
  if (isTemplate(o)) field = 'objects';
  else if (isList(o)) field = 'items';
  else return [];
  const container: Container = { kind: String(o.kind ?? ''), name: nameOf(o), field };
  const containers = [container, ...outer];
  const out: NestedObject[] = [];
  (o[field] as unknown[]).forEach((item, i) => {
    let it = obj(item);
    if (!it) return;
    if (field === 'items' && it.kind === undefined && it.apiVersion === undefined) {
      const listKind = typeof o.kind === 'string' ? o.kind : '';
      it = { ...it, kind: listKind.replace(/List$/, ''), apiVersion: o.apiVersion };
    }
    const path = [...root, field, i];
    out.push({ root: path, containers, object: it });
    out.push(...nestedObjects(it, depth + 1, path, containers));
  });
  return out;
}

/** `Template "fedora-server-small" objects[0]`, `List items[2]`: where a nested object sits. */
export function describeNesting(n: NestedObject): string {
  const parts: string[] = [];
  let depth = 0;
  for (let i = n.containers.length - 1; i >= 0; i--) {
    const c = n.containers[i]!;
    const index = n.root[depth * 2 + 1];
    depth++;
    parts.push(`${c.kind}${c.name ? ` ${JSON.stringify(c.name)}` : ''} ${c.field}[${String(index)}]`);
  }
  return parts.join(' → ');
}
