// Quick fixes: placeholder until the fixes module lands.
import type { FileAnalysis } from '../analyze';
import type { PlacedFinding } from '../types';
import type { Fix } from './fix';

export type { Fix, TextEdit } from './fix';

/** Quick fixes for one finding. */
export function fixesFor(_file: FileAnalysis, _finding: PlacedFinding): Fix[] {
  return [];
}
