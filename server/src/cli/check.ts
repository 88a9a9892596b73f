// `virtwire check`: admission-parity diagnostics for manifests, for people and for CI.

import { AnalysisCache, analyzeText } from '../core/analyze';
import { reportFile, countBySeverity, type Report, type ReportFile } from '../core/render/report';
import type { Context } from '../core/context/context';
import { errorText } from '../core/excerpt';
import { renderTextReport } from '../core/render/text-report';
import { renderSarif } from '../core/render/sarif';
import { buildContext, parseCommon, readInputs, reportInputProblems, type IO } from './io';
import { VERSION } from '../version';

export async function runCheck(args: string[], io: IO): Promise<number> {
  const opts = parseCommon(args, ['text', 'json', 'sarif']);
  const found = await readInputs(opts.paths, io);
  const cache = new AnalysisCache();
  const ctx = await buildContext(opts, found.inputs, cache);
  const report: Report = { kubevirtVersion: ctx.kubevirtVersion, files: found.inputs.map((i) => checkedFile(i.file, i.text, ctx, cache)) };
  if (opts.format === 'json') io.stdout(JSON.stringify(report, null, 2) + '\n');
  else if (opts.format === 'sarif') io.stdout(JSON.stringify(renderSarif(report, VERSION), null, 2) + '\n');
  else io.stdout(renderTextReport(report));
  const unread = reportInputProblems(found, io);
  return unread ? 2 : countBySeverity(report).error > 0 ? 1 : 0;
}

/** One file's report; a failure of Virtwire itself becomes a diagnostic of that file, never the end of the run. */
function checkedFile(file: string, text: string, ctx: Context, cache: AnalysisCache): ReportFile {
  try {
    return reportFile(file, analyzeText(text, ctx, cache));
  } catch (e) {
    const at = { line: 0, character: 0 };
    return {
      file,
      kubevirtVersion: ctx.kubevirtVersion,
      diagnostics: [
        {
          code: 'VIRTWIRE-INTERNAL',
          severity: 'warning',
          message: `Virtwire could not check this file: ${errorText(e)}`,
          field: null,
          range: { start: at, end: at },
          document: 0,
          resource: null,
        },
      ],
    };
  }
}
