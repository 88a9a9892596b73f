// The nft commands KubeVirt's masquerade binding runs for the default pod network (eth0 → k6t-eth0, guest
// 10.0.2.2 / fd10:0:2::2): the table, chains and jumps, then the catch-all rules when no ports are listed.

export const BASE_V4 = [
  'nft add table ip nat',
  'nft add chain ip nat prerouting { type nat hook prerouting priority -100; }',
  'nft add chain ip nat input { type nat hook input priority 100; }',
  'nft add chain ip nat output { type nat hook output priority -100; }',
  'nft add chain ip nat postrouting { type nat hook postrouting priority 100; }',
  'nft add chain ip nat KUBEVIRT_PREINBOUND',
  'nft add chain ip nat KUBEVIRT_POSTINBOUND',
  'nft add rule ip nat postrouting ip saddr 10.0.2.2 counter masquerade',
  'nft add rule ip nat prerouting iifname eth0 counter jump KUBEVIRT_PREINBOUND',
  'nft add rule ip nat postrouting oifname k6t-eth0 counter jump KUBEVIRT_POSTINBOUND',
];
export const BASE_V6 = [
  'nft add table ip6 nat',
  'nft add chain ip6 nat prerouting { type nat hook prerouting priority -100; }',
  'nft add chain ip6 nat input { type nat hook input priority 100; }',
  'nft add chain ip6 nat output { type nat hook output priority -100; }',
  'nft add chain ip6 nat postrouting { type nat hook postrouting priority 100; }',
  'nft add chain ip6 nat KUBEVIRT_PREINBOUND',
  'nft add chain ip6 nat KUBEVIRT_POSTINBOUND',
  'nft add rule ip6 nat postrouting ip6 saddr fd10:0:2::2 counter masquerade',
  'nft add rule ip6 nat prerouting iifname eth0 counter jump KUBEVIRT_PREINBOUND',
  'nft add rule ip6 nat postrouting oifname k6t-eth0 counter jump KUBEVIRT_POSTINBOUND',
];
export const CATCH_ALL_V4 = [
  'nft add rule ip nat KUBEVIRT_PREINBOUND counter dnat to 10.0.2.2',
  'nft add rule ip nat KUBEVIRT_POSTINBOUND ip saddr { 127.0.0.1 } counter snat to 10.0.2.1',
  'nft add rule ip nat output ip daddr { 127.0.0.1 } counter dnat to 10.0.2.2',
];
export const CATCH_ALL_V6 = [
  'nft add rule ip6 nat KUBEVIRT_PREINBOUND counter dnat to fd10:0:2::2',
  'nft add rule ip6 nat KUBEVIRT_POSTINBOUND ip6 saddr { ::1 } counter snat to fd10:0:2::1',
  'nft add rule ip6 nat output ip6 daddr { ::1 } counter dnat to fd10:0:2::2',
];
