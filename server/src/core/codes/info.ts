export interface CodeInfo {
  /** The diagnostic code, e.g. `NET-01`. */
  code: string;
  /** Default severity: `error` only where the cluster rejects the object. */
  severity: 'error' | 'warning' | 'information' | 'hint';
  /** One sentence: why KubeVirt rejects it (or why it breaks at runtime). */
  why: string;
}
