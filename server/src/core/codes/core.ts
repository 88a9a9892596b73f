import type { CodeInfo } from './info';

/** Codes of the parsing layer and of Virtwire's own hints. */
export const CODES: CodeInfo[] = [
  { code: 'YAML-SYNTAX', severity: 'error', why: 'The document is not valid YAML, so kubectl cannot decode it at all.' },
  { code: 'YAML-DUPKEY', severity: 'error', why: 'The API server decodes strictly and rejects a mapping with the same key twice.' },
  { code: 'DEFAULTED', severity: 'hint', why: 'KubeVirt\'s mutating webhook adds the pod network and a default interface when a VM has neither; this shows what it adds.' },
  { code: 'VIRTWIRE-INTERNAL', severity: 'warning', why: 'Virtwire itself failed on this document; the message says where. Please report it.' },
  { code: 'VIRTWIRE-LIMIT', severity: 'warning', why: 'The input passes a limit Virtwire keeps to stay fast and bounded (a document nested more than 256 levels deep, a file larger than 16 MiB in the editor), so it is not checked; the message says which.' },
  { code: 'UPD-01', severity: 'error', why: 'KubeVirt rejects any change to a VMI spec after creation (NICs are hot-plugged through the VM); Virtwire judges manifests as a create, so it documents this rule but never emits it.' },
];
