// The guest's network configuration a VMI spec hands to cloud-init: the `networkData` of its cloudInitNoCloud or
// cloudInitConfigDrive volume (KubeVirt v1 API: networkData, networkDataBase64, networkDataSecretRef). KubeVirt
// itself never configures the guest; this is the only place a manifest says how the guest sets up its NICs.

import { obj } from './values';

const MAX_DECODED = 64 * 1024;

export interface NetworkData {
  /** The volume that carries it (`spec.volumes[i]`). */
  volumeIndex: number;
  /** The text, when the manifest holds it (plain or base64); undefined when it is in a Secret. */
  text?: string;
  /** In a Secret (networkDataSecretRef): its content is not in the manifest. */
  secret: boolean;
}

function decodeBase64(v: string): string | undefined {
  if (!/^[A-Za-z0-9+/=\s]*$/.test(v)) return undefined;
  try {
    const text = Buffer.from(v, 'base64').toString('utf8');
    return text.length <= MAX_DECODED ? text : text.slice(0, MAX_DECODED);
  } catch {
    return undefined;
  }
}

/** The cloud-init networkData of a VMI spec, if it has any (the first cloud-init volume that sets it). */
export function networkDataOf(spec: unknown): NetworkData | undefined {
  const volumes = obj(spec)?.['volumes'];
  if (!Array.isArray(volumes)) return undefined;
  for (let i = 0; i < volumes.length; i++) {
    const v = obj(volumes[i]);
    for (const key of ['cloudInitNoCloud', 'cloudInitConfigDrive']) {
      const ci = obj(v?.[key]);
      if (!ci) continue;
      if (typeof ci['networkData'] === 'string' && ci['networkData'].trim() !== '')
        return { volumeIndex: i, text: ci['networkData'], secret: false };
      if (typeof ci['networkDataBase64'] === 'string' && ci['networkDataBase64'].trim() !== '') {
        const text = decodeBase64(ci['networkDataBase64']);
        return text === undefined ? { volumeIndex: i, secret: true } : { volumeIndex: i, text, secret: false };
      }
      if (obj(ci['networkDataSecretRef'])) return { volumeIndex: i, secret: true };
    }
  }
  return undefined;
}

/**
 * Whether network config text gives the guest an IPv6 default route: netplan/v2 `gateway6` or a route to `::/0`,
 * v1 `gateway:` with an IPv6 address, or router advertisements accepted (`accept-ra: true`).
 */
export function setsIPv6DefaultRoute(text: string): boolean {
  return (
    /\bgateway6\s*:/i.test(text) ||
    /::\/0\b/.test(text) ||
    /\bgateway\s*:\s*['"]?[0-9a-f]*:[0-9a-f:]*:/i.test(text) ||
    /\baccept-ra\s*:\s*['"]?(true|yes|on)\b/i.test(text) ||
    /\bto\s*:\s*['"]?default['"]?\s*[,\n\r}][^]*?\bvia\s*:\s*['"]?[0-9a-f]*:[0-9a-f:]*:/i.test(text)
  );
}
