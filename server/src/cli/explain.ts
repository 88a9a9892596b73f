// `virtwire explain`: the wiring KubeVirt builds for every VM resource in the inputs, rendered by
// core/render/explain.ts (--format json: the wiring cases' shape; --format text: tables, nft, XML) or as a
// diagram by core/render/explain-diagram.ts (--format svg: one standalone SVG; --format mermaid: a flowchart).
// Exit code 0, or 2 on usage / I/O errors, also when only some paths could not be read (a rejected resource
// is reported, not a failure).

import {
  AnalysisCache,
  analyzeText,
  explainJson,
  explainMermaid,
  explainSvg,
  explainText,
  noAnnotations,
  type ExplainedResource,
} from '../core/index';
import { buildContext, parseCommon, readInputs, reportInputProblems, UsageError, type IO } from './io';

export async function runExplain(args: string[], io: Pick<IO, 'stdout' | 'stderr'> & Partial<IO>): Promise<number> {
  const opts = parseCommon(args, ['text', 'json', 'svg', 'mermaid']);
  if (opts.upgradeTo !== undefined) throw new UsageError('--upgrade-to is an option of check');
  const fullIO: IO = {
    stdout: io.stdout,
    stderr: io.stderr,
    readStdin: io.readStdin ?? (async () => ''),
  };
  const found = await readInputs(opts.paths, fullIO);
  const cache = new AnalysisCache();
  const ctx = await buildContext(opts, found.inputs, cache);
  const resources: ExplainedResource[] = [];
  for (const input of found.inputs) {
    const file = analyzeText(input.text, ctx, cache);
    for (const doc of file.docs) {
      if (!doc.resource) continue;
      const wiring = doc.wiring() ?? { interfaces: [], annotations: noAnnotations(), errors: [] };
      resources.push({
        file: input.file,
        document: doc.index,
        kind: doc.resource.kind,
        name: doc.resource.name,
        kubevirtVersion: file.context.kubevirtVersion,
        wiring,
      });
    }
  }
  if (opts.format === 'svg') io.stdout(await explainSvg(resources));
  else if (opts.format === 'mermaid') io.stdout(explainMermaid(resources));
  else io.stdout(opts.format === 'json' ? explainJson(ctx.kubevirtVersion, resources) : explainText(resources));
  return reportInputProblems(found, fullIO) ? 2 : 0;
}
