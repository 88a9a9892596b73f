// The core's one door: everything the shells (the language server in lsp/, the CLI in cli/) use of the core, and
// nothing else. test/architecture.test.ts holds the shells to it, so what the core keeps inside can move freely.
// Add an export here when a shell needs it; a shell never imports a core module by its path.

// contracts
export type { PlacedFinding, Severity, Span } from './types';
export { errorText, excerpt } from './excerpt';
export { codeInfo, pitfallCode } from './codes/index';

// the pipeline: a file's text in a context → its documents, findings, resources and (lazily) their wiring
export {
  AnalysisCache,
  analyzeDocumentData,
  analyzeText,
  contextDocuments,
  docAt,
  fileContext,
  pendingDocuments,
  type DocAnalysis,
  type DocData,
  type FileAnalysis,
} from './analyze';
export { holdsContextKinds } from './model/detect';
export { isObject } from './model/values';
export { warmUp } from './warmup';
export { upgradeCheck } from './upgrade';

// the context a file is judged in
export { contextKey, defaultContext, type Context, type NadRef, type ServiceRef } from './context/context';
export {
  contextFromJSON,
  contextFromKubeVirtCR,
  KUBEVIRT_VERSION_VALUES,
  nadsFromObject,
  serviceFromObject,
  withKubevirtVersion,
  withNads,
  withServices,
} from './context/load';
export { CLUSTER_PROFILES, isClusterProfile, withClusterProfile } from './context/profile';
export { versionLabel } from './context/version';

// quick fixes
export type { Fix } from './fixes/fix';
export { fixesFor } from './fixes/index';
export { fixAll } from './fixes/fix-all';

// the wiring and its picture
export type { ResourceWiring } from './wiring/types';
export { noAnnotations } from './wiring/pod-annotations';
export { diagramOf, type DiagramSubject } from './diagram/build';
export { layoutDiagram, type Direction } from './diagram/layout';

// renderers: results → text
export { hoverAt } from './render/hover';
export { prepareHover } from './render/hover-prepare';
export { wiringOf } from './render/common';
export { renderWiringDocument } from './render/wiring-document';
export { diagramCss, diagramsSvg } from './render/diagram-svg';
export { diagramsMermaid } from './render/diagram-mermaid';
export { explainJson, explainText, type ExplainedResource } from './render/explain';
export { explainMermaid, explainSvg } from './render/explain-diagram';
export { countBySeverity, reportFile, upgradeReportFile, type Report, type ReportFile } from './render/report';
export { renderSarif } from './render/sarif';
export { editorExplanationOf } from './render/explanation';
export { blockedNote } from './render/blocked';
export { renderTextReport } from './render/text-report';
export { renderUpgradeText } from './render/upgrade-report';
export { doctorJson, doctorText } from './render/doctor';

// a running VM's dump
export { doctorExitCode, runDoctor } from './doctor/doctor';
export { readDump, type DumpInput } from './doctor/dump/read';
export { editorDump, type EditorDump } from './doctor/editor';
export { HANDLER, handlerLookup, type NextStep } from './doctor/next-steps';

// editor features (core/ide): positions in, records out
export { completionsAt, type CompletionEntry } from './ide/completion';
export { definitionAt, referencesAt, type Location, type WorkspaceView } from './ide/navigation';
export { prepareRenameAt, renameAt } from './ide/rename';
export { documentSymbols, workspaceSymbols, type OutlineSymbol } from './ide/symbols';
export { inlayHints } from './ide/inlay-hints';
export { codeLenses } from './ide/code-lens';
export { bindingRefactors, findingsOnNode } from './ide/refactors';
export { indexAnalysis, indexText, mayIndex, type FileIndex } from './ide/file-index';

// reading files (io/: bounded reads of manifests, the context loader)
export { PARSE_OPTIONS } from './parse/yaml11';
export { decodeManifest } from './parse/encoding';
export { LineIndex } from './text';
