// Core contracts shared by every layer of the core (parse → model → rules → wiring → renderers).
// Nothing here knows about LSP or VS Code.

/** One step of an object path: a mapping key or a sequence index. */
export type Segment = string | number;
/** A path into a document's plain-JSON value, e.g. ['spec', 'networks', 0, 'name']. */
export type Path = readonly Segment[];

/** Half-open character range [start, end) of the whole file text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A pointer to "the other half" of a finding (the network of an interface, the first duplicate, …). */
export interface Related {
  /** Object path in the same document. */
  readonly at: Path;
  readonly part?: 'key' | 'value';
  readonly message: string;
}

/**
 * What a rule reports. Rules speak in object paths; the analysis pipeline turns `at` into a source span
 * (falling back to the nearest existing ancestor when the path does not exist in the text, e.g. for
 * values added by defaulting or required keys that are missing).
 */
export interface Finding {
  /** Stable diagnostic code, documented in the README (e.g. `NET-01`, `SCHEMA-04`, `YAML-DUPKEY`). */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** The `field` KubeVirt reports for this cause, verbatim with its quirks; null when it reports none. */
  readonly field: string | null;
  /** Where the diagnostic belongs in the document. */
  readonly at: Path;
  /** Highlight the key (default for mapping entries) or the value. */
  readonly part?: 'key' | 'value';
  readonly related?: readonly Related[];
  /** Extra facts for quick fixes (never shown). */
  readonly data?: Readonly<Record<string, unknown>>;
  readonly tags?: readonly ('unnecessary' | 'deprecated')[];
  /**
   * Set on a finding KubeVirt does not report yet because its check stops earlier (a schema error ends it, a VM
   * create returns early): the code of the finding that hides it. KubeVirt reports it once that one is fixed.
   * Findings without it are exactly the webhook's answer.
   */
  readonly blockedBy?: string;
}

/** A finding placed in the file. */
export interface PlacedFinding extends Finding {
  readonly span: Span;
  readonly relatedSpans: readonly { readonly span: Span; readonly message: string }[];
}

export type VmKind = 'VirtualMachineInstance' | 'VirtualMachine' | 'VirtualMachineInstanceReplicaSet' | 'VirtualMachinePool';
