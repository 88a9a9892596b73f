import type { CodeInfo } from './info';

/** Diagnostic codes of the runtime area (see README "Diagnostic codes"). */
export const CODES: CodeInfo[] = [];
