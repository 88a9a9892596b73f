// How a finding hidden behind another one (Finding.blockedBy) is announced to people: the editor's second line
// and the text report's suffix say the same.

/** `KubeVirt stops at SCHEMA-04 first; it reports this once that is fixed.` */
export function blockedNote(blocker: string): string {
  return `KubeVirt stops at ${blocker} first; it reports this once that is fixed.`;
}
