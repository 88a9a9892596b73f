import type { CodeInfo } from './info';

/** Diagnostic codes of the spec area (see README "Diagnostic codes"). */
export const CODES: CodeInfo[] = [
  {
    code: 'DRA-01',
    severity: 'error',
    why: 'Networks backed by a DRA resource claim are an Alpha feature, so KubeVirt refuses them unless the NetworkDevicesWithDRA feature gate is enabled.',
    releases: { since: 'v1.9' },
  },
  {
    code: 'DRA-02',
    severity: 'error',
    why: 'KubeVirt cannot combine Multus networks with DRA resourceClaim networks in one VMI, so any Multus network next to a DRA network is rejected.',
    releases: { since: 'v1.9' },
  },
  {
    code: 'DRA-03',
    severity: 'error',
    why: 'A DRA network hands the VM a device, which only an SR-IOV interface or a network binding plugin can attach, so other bindings are rejected.',
    releases: { since: 'v1.9' },
  },
  {
    code: 'DRA-04',
    severity: 'error',
    why: 'A DRA network must name the entry of spec.resourceClaims that provides its device, so an empty claimName is rejected.',
    releases: { since: 'v1.9' },
  },
  {
    code: 'DRA-05',
    severity: 'error',
    why: 'A DRA network must name the request inside its resource claim that provides its device, so an empty requestName is rejected.',
    releases: { since: 'v1.9' },
  },
  {
    code: 'DRA-06',
    severity: 'error',
    why: 'The claim a DRA network uses must be declared in spec.resourceClaims, otherwise the launcher pod would have no such claim to consume.',
    releases: { since: 'v1.9' },
  },
  {
    code: 'DRA-07',
    severity: 'error',
    why: 'One claim request allocates one device, so two networks may not use the same claimName/requestName pair.',
    releases: { since: 'v1.9' },
  },
  {
    code: 'DRA-08',
    severity: 'error',
    why: 'One claim request allocates one device, so a network may not use the claimName/requestName pair of a DRA GPU or host device.',
    releases: { since: 'v1.9' },
  },
  { code: 'BOOT-01', severity: 'error', why: 'Boot orders start at 1, so KubeVirt rejects an interface with bootOrder 0.' },
  {
    code: 'BOOT-02',
    severity: 'error',
    why: 'Every boot order identifies one device, so KubeVirt rejects an interface whose bootOrder a disk or an earlier interface already has.',
  },
  {
    code: 'PROBE-01',
    severity: 'error',
    why: 'httpGet and tcpSocket probes are sent by the kubelet through the pod network, so KubeVirt rejects them when the VM has no pod network.',
  },
  {
    code: 'LSEC-01',
    severity: 'error',
    why: 'Confidential guests (SEV, SNP, TDX) boot only from measured firmware, so KubeVirt rejects any interface that has a bootOrder.',
  },
  {
    code: 'LSEC-FG',
    severity: 'error',
    why: 'Confidential guests need their feature gate (WorkloadEncryptionSEV for SEV/SNP: Alpha up to v1.8, Beta and on by default from v1.9; WorkloadEncryptionTDX for TDX: Alpha), so KubeVirt rejects launchSecurity while it is off (v1.5: any launchSecurity; v1.6: sev; v1.7+: per type, amd64).',
  },
  {
    code: 'LSEC-TYPE',
    severity: 'error',
    why: 'From v1.7 a launchSecurity must name exactly one of sev, snp and tdx (on amd64), so KubeVirt rejects none or several.',
    releases: { since: 'v1.7' },
  },
  {
    code: 'LSEC-FW',
    severity: 'error',
    why: 'Confidential guests boot from measured UEFI firmware: KubeVirt rejects them without firmware.bootloader.efi, SEV/SNP with SecureBoot on (an unset secureBoot counts as on), SNP/TDX with persistent EFI variables, and TDX with SMM.',
  },
  {
    code: 'LSEC-ATTEST',
    severity: 'error',
    why: 'SEV attestation happens before the guest runs, so KubeVirt rejects sev.attestation unless startStrategy is Paused.',
  },
  {
    code: 'DNS-01',
    severity: 'error',
    why: "The hostname becomes the guest's and the pod's host name, so it must be a valid DNS-1123 label.",
  },
  { code: 'DNS-02', severity: 'error', why: "The subdomain becomes part of the VM's DNS name, so it must be a valid DNS-1123 subdomain." },
  {
    code: 'DNS-03',
    severity: 'error',
    why: 'The launcher pod only supports the Kubernetes DNS policies ClusterFirstWithHostNet, ClusterFirst, Default and None (the schema usually rejects other values first).',
  },
  {
    code: 'DNS-04',
    severity: 'error',
    why: 'With dnsPolicy None the pod gets no DNS settings from the cluster, so KubeVirt requires a dnsConfig.',
  },
  {
    code: 'DNS-05',
    severity: 'error',
    why: 'With dnsPolicy None the only resolvers are those in dnsConfig, so KubeVirt requires at least one nameserver.',
  },
  { code: 'DNS-06', severity: 'error', why: 'resolv.conf honours at most three nameservers, so KubeVirt, like Kubernetes, rejects more.' },
  { code: 'DNS-07', severity: 'error', why: 'Nameservers are written into resolv.conf as addresses, so each must be an IP address.' },
  { code: 'DNS-08', severity: 'error', why: 'KubeVirt, like Kubernetes, allows at most six DNS search domains.' },
  {
    code: 'DNS-09',
    severity: 'error',
    why: 'The resolv.conf search line is limited, so all search domains joined by spaces may be at most 256 characters.',
  },
  { code: 'DNS-10', severity: 'error', why: 'Each DNS search domain must be a valid DNS-1123 subdomain.' },
  { code: 'DNS-11', severity: 'error', why: 'A resolv.conf option needs a name, so KubeVirt rejects a dnsConfig option without one.' },
];
