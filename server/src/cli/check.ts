// `virtwire check`: admission-parity diagnostics for manifests, for people and for CI.

import { AnalysisCache, analyzeText } from '../core/analyze';
import { reportFile, countBySeverity, type Report } from '../core/render/report';
import { renderTextReport } from '../core/render/text-report';
import { renderSarif } from '../core/render/sarif';
import { buildContext, parseCommon, readInputs, type IO } from './io';
import { VERSION } from '../version';

export async function runCheck(args: string[], io: IO): Promise<number> {
  const opts = parseCommon(args, ['text', 'json', 'sarif']);
  const inputs = await readInputs(opts.paths, io);
  const cache = new AnalysisCache();
  const ctx = buildContext(opts, inputs, cache);
  const report: Report = { kubevirtVersion: ctx.kubevirtVersion, files: inputs.map((i) => reportFile(i.file, analyzeText(i.text, ctx, cache))) };
  if (opts.format === 'json') io.stdout(JSON.stringify(report, null, 2) + '\n');
  else if (opts.format === 'sarif') io.stdout(JSON.stringify(renderSarif(report, VERSION), null, 2) + '\n');
  else io.stdout(renderTextReport(report));
  return countBySeverity(report).error > 0 ? 1 : 0;
}
