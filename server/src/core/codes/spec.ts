import type { CodeInfo } from './info';

/** Diagnostic codes of the spec area (see README "Diagnostic codes"). */
export const CODES: CodeInfo[] = [];
