// Reading a cluster dump: any number of inputs, in any order, each holding Kubernetes objects (`kubectl get …
// -o yaml|json`, multi-document or `kind: List`) or the output of a command run in the launcher pod (see
// sections.ts for the convention). The result is plain data; nothing is executed.

import { splitDocuments } from '../../parse/split';
import { parseYamlDocument, toPlain, type ParsedDocument } from '../../parse/document';
import type { DumpKind, DumpProblem, IpLink, K8sObject, NftRuleset, Origin, XmlNode } from '../types';
import { detectKind, splitSections, tryJson } from './sections';
import { parseIpLinks } from './ip';
import { parseNftRuleset } from './nft';
import { parseDomainXml } from './domxml';
import { isObject } from '../../model/values';

export interface DumpInput {
  /** A file name or `-` (only used in messages). */
  file: string;
  text: string;
}

export interface LiveDump {
  inputs: DumpInput[];
  objects: K8sObject[];
  /** Links from `ip -j addr` (with addresses) or `ip -j link`; the first dump of each kind wins. */
  ipAddr?: IpLink[];
  ipLink?: IpLink[];
  nft?: NftRuleset;
  domain?: XmlNode;
  problems: DumpProblem[];
  /** With `keepTrees`: each YAML document's syntax tree and its offset in its input, by `input:document`. */
  trees?: Map<string, { start: number; parsed: ParsedDocument }>;
}

export const treeKey = (input: number, document: number): string => `${input}:${document}`;

/** The Kubernetes objects of one document's value: the object itself, or the items of a `kind: List`. */
export function objectsOfValue(value: unknown, origin: Omit<Origin, 'base'>): K8sObject[] {
  if (!isObject(value)) return [];
  if (typeof value.kind === 'string' && value.kind.endsWith('List') && Array.isArray(value.items)) {
    const out: K8sObject[] = [];
    value.items.forEach((item, i) => {
      if (isObject(item) && typeof item.kind === 'string') out.push({ value: item, origin: { ...origin, base: ['items', i] } });
    });
    return out;
  }
  if (typeof value.kind !== 'string') return [];
  return [{ value, origin: { ...origin, base: [] } }];
}

export function readDump(inputs: DumpInput[], opts: { keepTrees?: boolean } = {}): LiveDump {
  const dump: LiveDump = { inputs, objects: [], problems: [] };
  if (opts.keepTrees) dump.trees = new Map();
  const seen = new Set<DumpKind>();
  inputs.forEach((input, index) => {
    const { sections, unknownMarkers } = splitSections(input.text);
    for (const m of unknownMarkers) {
      dump.problems.push({ input: index, message: `unknown "# virtwire: ${m}" marker (one of k8s, ip-addr, ip-link, nft, domxml)` });
    }
    let documents = 0;
    for (const section of sections) {
      const json = tryJson(section.text);
      const kind = section.declared ?? detectKind(section.text, json);
      const problem = (message: string): void => {
        dump.problems.push({ input: index, message });
      };
      if (kind !== 'k8s' && seen.has(kind)) {
        problem(`a second ${kind} dump is ignored (give one per launcher pod)`);
        continue;
      }
      switch (kind) {
        case 'k8s': {
          for (const chunk of splitDocuments(section.text)) {
            const parsed = parseYamlDocument(section.text.slice(chunk.start, chunk.end));
            const doc = documents++;
            dump.trees?.set(treeKey(index, doc), { start: section.start + chunk.start, parsed });
            if (parsed.yaml.contents === null) continue;
            if (parsed.problems.length > 0) {
              problem(`document ${doc + 1}: ${parsed.problems[0]!.message.slice(0, 120)}`);
              continue;
            }
            dump.objects.push(...objectsOfValue(toPlain(parsed), { input: index, document: doc }));
          }
          break;
        }
        case 'ip-addr':
        case 'ip-link': {
          const data = json ?? tryJson(section.text);
          if (data === undefined) {
            problem(`the ${kind} dump is not JSON (run ip with -j)`);
            break;
          }
          const { links, skipped } = parseIpLinks(data);
          if (links.length === 0 && skipped > 0) {
            problem(`the ${kind} dump holds no links`);
            break;
          }
          seen.add(kind);
          if (kind === 'ip-addr') dump.ipAddr = links;
          else dump.ipLink = links;
          break;
        }
        case 'nft': {
          const r = parseNftRuleset(json ?? tryJson(section.text));
          if (!r.ok) {
            problem(`the nft dump: ${r.message}`);
            break;
          }
          seen.add(kind);
          dump.nft = r.ruleset;
          break;
        }
        case 'domxml': {
          const r = parseDomainXml(section.text);
          if (!r.ok) {
            problem(`the domain XML: ${r.message}`);
            break;
          }
          seen.add(kind);
          dump.domain = r.domain;
          break;
        }
      }
    }
  });
  return dump;
}
