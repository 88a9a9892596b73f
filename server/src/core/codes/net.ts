import type { CodeInfo } from './info';

/** Diagnostic codes of the net area (see README "Diagnostic codes"). */
export const CODES: CodeInfo[] = [];
