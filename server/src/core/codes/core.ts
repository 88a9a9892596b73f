import type { CodeInfo } from './info';

/** Codes of the parsing layer and of Virtwire's own hints. */
export const CODES: CodeInfo[] = [
  { code: 'YAML-SYNTAX', severity: 'error', why: 'The document is not valid YAML, so kubectl cannot decode it at all.' },
  {
    code: 'YAML-DECODE',
    severity: 'error',
    why: "kubectl's YAML decoder (go-yaml v2 through sigs.k8s.io/yaml) refuses the document: an alias to an undefined anchor, an alias bomb past go-yaml's expansion limit, a merge key `<<` whose value is not a map or a list of maps, or a key that is a list, a map or null.",
  },
  {
    code: 'YAML-DOCEND',
    severity: 'warning',
    why: 'A `...` line ends the YAML document: kubectl reads only the lines above it and ignores everything below it up to the next `---` (an error when what it does send is rejected, e.g. a doc snippet that uses `...` for omitted lines).',
  },
  {
    code: 'TEMPLATED',
    severity: 'information',
    why: 'The file holds Helm, Go template or Jinja syntax, so it is not a manifest until it is rendered: Virtwire checks what parses without rendering (template expressions as opaque values) and says so once, instead of reporting the template syntax as YAML errors; render it (`helm template … | virtwire check -`) to check the real manifests.',
  },
  {
    code: 'VM-APIVERSION',
    severity: 'warning',
    why: 'The document looks like a KubeVirt VM but has no apiVersion (kubectl refuses it) or one KubeVirt no longer serves (kubevirt.io/v1alpha1, v1alpha2), so it is never admitted and not checked; use kubevirt.io/v1.',
  },
  {
    code: 'YAML-DUPKEY',
    severity: 'warning',
    why: 'A mapping has the same key twice. kubectl turns the YAML into JSON with sigs.k8s.io/yaml, which keeps the last value, so the cluster accepts the object and never sees the earlier value (kubernetes/kubernetes#99286, #125885).',
  },
  {
    code: 'DEFAULTED',
    severity: 'hint',
    why: "KubeVirt's mutating webhook adds the pod network and a default interface when a VM has neither; this shows what it adds.",
  },
  {
    code: 'VIRTWIRE-INTERNAL',
    severity: 'warning',
    why: 'Virtwire itself failed on this document; the message says where. Please report it.',
  },
  {
    code: 'VIRTWIRE-LIMIT',
    severity: 'warning',
    why: 'The input passes a limit Virtwire keeps to stay fast and bounded (a document nested more than 256 levels deep, a file larger than 16 MiB in the editor), so it is not checked; the message says which.',
  },
  {
    code: 'UPD-01',
    severity: 'error',
    why: 'KubeVirt rejects any change to a VMI spec after creation (NICs are hot-plugged through the VM); Virtwire judges manifests as a create, so it documents this rule but never emits it.',
  },
];
