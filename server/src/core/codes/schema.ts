import type { CodeInfo } from './info';

/** Diagnostic codes of the schema area (see README "Diagnostic codes"). */
export const CODES: CodeInfo[] = [
  {
    code: 'SCHEMA-01',
    severity: 'error',
    why: 'The CRD schema allows at most 256 entries in domain.devices.interfaces; the API server rejects longer lists ("Too many").',
  },
  {
    code: 'SCHEMA-02',
    severity: 'error',
    why: 'The CRD schema allows at most 256 entries in networks; the API server rejects longer lists ("Too many").',
  },
  {
    code: 'SCHEMA-03',
    severity: 'error',
    why: "A required property is missing (interface/network name, multus.networkName, ports[].port, portRanges[] protocol/start/end, DHCP private option/value, binding.name, resourceClaims[].name); KubeVirt's OpenAPI check rejects the object before any network rule runs.",
  },
  {
    code: 'SCHEMA-04',
    severity: 'error',
    why: "The API server decodes KubeVirt resources strictly (kubectl's default field validation) and rejects unknown fields; with --validate=false the field would be dropped silently instead.",
  },
  {
    code: 'SCHEMA-05',
    severity: 'error',
    why: "The value is not one of the values the API allows (e.g. dnsPolicy must be ClusterFirst, ClusterFirstWithHostNet, Default or None); KubeVirt's OpenAPI check rejects it.",
  },
  {
    code: 'SCHEMA-06',
    severity: 'error',
    why: 'The value has the wrong JSON type (e.g. a quoted port "80", or `name: no`, which YAML 1.1 reads as the boolean false); KubeVirt\'s OpenAPI check rejects it.',
  },
];
