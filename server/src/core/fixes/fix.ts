import type { Span } from '../types';

/** A text edit in file offsets. */
export interface TextEdit {
  span: Span;
  newText: string;
}

/** A quick fix: a minimal edit that keeps comments and formatting. */
export interface Fix {
  title: string;
  /** The diagnostic code it fixes. */
  code: string;
  /** True where this fix is clearly the right one (offered by fix-all). */
  isPreferred?: boolean;
  edits: TextEdit[];
}
