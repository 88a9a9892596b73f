// Hover previews: placeholder until the renderers land.
import type { FileAnalysis } from '../analyze';
import type { Span } from '../types';

export interface Hover {
  markdown: string;
  span: Span;
}

/** The hover for the text at `offset`, if it is on something Virtwire explains. */
export function hoverAt(_file: FileAnalysis, _offset: number): Hover | undefined {
  return undefined;
}
