// Commands any client can run (workspace/executeCommand): `virtwire.wiringDocument` (the wiring of a document's
// VMs as Markdown) and `virtwire.wiringDiagram` (diagram.ts); and the `virtwire/stats` request (memory, cache and
// queue figures, for tests and the bench).

import { renderWiringDocument } from '../core/index';
import { DIAGRAM_COMMAND, diagramAnswer, diagramArguments } from './diagram';
import type { Feature } from './feature';
import { isYaml, type Session } from './session';

export const COMMANDS = { wiringDocument: 'virtwire.wiringDocument', wiringDiagram: DIAGRAM_COMMAND } as const;

/** Each command's handler, by name: its arguments as the client sent them (untrusted). */
const HANDLERS: Record<string, (s: Session, args: unknown[] | undefined) => unknown> = {
  [COMMANDS.wiringDocument]: (s, args) => {
    const uri = String(args?.[0] ?? '');
    const doc = s.documents.get(uri);
    if (!doc) return null;
    return renderWiringDocument(s.analysisOf(doc), uri.split('/').pop());
  },
  [COMMANDS.wiringDiagram]: (s, args) => {
    const a = diagramArguments(args);
    const doc = s.documents.get(a.uri);
    if (!doc || !isYaml(doc)) return null;
    return s.analysisForRequest(doc).then((analysis) => diagramAnswer(doc, analysis, a.position, a.options));
  },
};

export const commands: Feature = {
  capabilities: () => ({ executeCommandProvider: { commands: Object.keys(HANDLERS) } }),

  register(s) {
    s.connection.onExecuteCommand((params) => {
      const run = Object.prototype.hasOwnProperty.call(HANDLERS, params.command) ? HANDLERS[params.command] : undefined;
      return run ? run(s, params.arguments) : null;
    });

    /** `gc: true` collects first when the process exposes gc. */
    s.connection.onRequest('virtwire/stats', (params: { gc?: boolean } | null) => {
      if (params?.gc) (globalThis as { gc?: () => void }).gc?.();
      const m = process.memoryUsage();
      return { ...s.stats(), heapUsed: m.heapUsed, rss: m.rss };
    });
  },
};
