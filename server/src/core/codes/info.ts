import type { ReleaseRange } from '../releases/by-release';

export interface CodeInfo {
  /** The diagnostic code, e.g. `NET-01`. */
  code: string;
  /** Default severity: `error` only where the cluster rejects the object. */
  severity: 'error' | 'warning' | 'information' | 'hint';
  /** One sentence: why KubeVirt rejects it (or why it breaks at runtime). */
  why: string;
  /** The KubeVirt releases that have the rule (default: every release Virtwire models, v1.5 … main). */
  releases?: ReleaseRange;
  /**
   * A pitfall: KubeVirt accepts the object and it trips users later. Each one can be switched off (setting
   * `virtwire.pitfalls`, CLI `--no-pitfall`); `off` ones are guesses that stay quiet until switched on.
   */
  pitfall?: { default: 'on' | 'off' };
  /** Where the behaviour was verified: KubeVirt source (`file@tag`, commit, PR) or the user guide page. */
  source?: string;
}
