import type { CodeInfo } from './info';

/** Diagnostic codes of the schema area (see README "Diagnostic codes"). */
export const CODES: CodeInfo[] = [];
