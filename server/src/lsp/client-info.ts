// What the client says about itself in `initialize`: its capabilities, and Virtwire's own initializationOptions
// (settings, whether the Red Hat YAML extension runs beside it, HTML in hovers, the commands hovers and code lenses
// may run). Command names come from the client and are checked before a hover or lens names them.

import type { InitializeParams } from 'vscode-languageserver/node';
import type { Settings } from './settings-context';

/** What the client told about itself in `initialize`. */
export interface ClientInfo {
  /** It pulls diagnostics (LSP 3.17); otherwise they are pushed. */
  pull: boolean;
  /** It answers workspace/configuration. */
  hasConfiguration: boolean;
  capabilities: InitializeParams['capabilities'];
  /** The Red Hat YAML extension runs beside it (it reports syntax and duplicate keys). */
  yamlExtensionActive: boolean;
  /** It renders the HTML subset of Markdown (folded sections in hovers). */
  hoverHtml: boolean;
  /** Its command that shows the wiring diagram (hovers link to it), if it has one. */
  diagramCommand: string | undefined;
  /** Its command that shows a document's wiring (code lenses run it), if it has one. */
  wiringCommand?: string;
}

/** Before `initialize`: nothing known, diagnostics pushed. */
export function noClient(): ClientInfo {
  return {
    pull: false,
    hasConfiguration: false,
    capabilities: {},
    yamlExtensionActive: false,
    hoverHtml: false,
    diagramCommand: undefined,
  };
}

const commandName = (c: unknown): string | undefined => (typeof c === 'string' && /^[\w.-]{1,100}$/.test(c) ? c : undefined);

/** The client's description and the settings it sent along, from its `initialize` parameters. */
export function clientInfoOf(params: InitializeParams): { client: ClientInfo; settings: Settings | undefined } {
  const init = (params.initializationOptions ?? {}) as {
    settings?: Settings;
    yamlExtensionActive?: boolean;
    hoverHtml?: boolean;
    diagramCommand?: unknown;
    wiringCommand?: unknown;
  };
  const client: ClientInfo = {
    pull: !!params.capabilities.textDocument?.diagnostic,
    hasConfiguration: !!params.capabilities.workspace?.configuration,
    capabilities: params.capabilities,
    yamlExtensionActive: !!init.yamlExtensionActive,
    hoverHtml: !!init.hoverHtml,
    diagramCommand: commandName(init.diagramCommand),
    wiringCommand: commandName(init.wiringCommand),
  };
  return { client, settings: init.settings && typeof init.settings === 'object' ? init.settings : undefined };
}
