// `virtwire check`: admission-parity diagnostics for manifests, for people and for CI.

import {
  AnalysisCache,
  analyzeText,
  countBySeverity,
  errorText,
  renderSarif,
  renderTextReport,
  renderUpgradeText,
  reportFile,
  upgradeCheck,
  upgradeReportFile,
  type Context,
  type Report,
  type ReportFile,
} from '../core/index';
import { buildContext, parseCommon, readInputs, reportInputProblems, UsageError, versioned, type IO } from './io';
import { VERSION } from '../version';

export async function runCheck(args: string[], io: IO): Promise<number> {
  const opts = parseCommon(args, ['text', 'json', 'sarif']);
  const found = await readInputs(opts.paths, io);
  const cache = new AnalysisCache();
  const ctx = await buildContext(opts, found.inputs, cache);
  if (opts.upgradeTo !== undefined) return upgrade(opts.format, opts.upgradeTo, found, ctx, cache, io);
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

/**
 * `check --upgrade-to V`: per file, the errors V reports that the current release does not ("new") and the reverse
 * ("gone"); exit 1 when V rejects a resource the current release accepts.
 */
function upgrade(
  format: string,
  value: string,
  found: Awaited<ReturnType<typeof readInputs>>,
  ctx: Context,
  cache: AnalysisCache,
  io: IO,
): number {
  if (value.trim().toLowerCase() === 'auto') throw new UsageError('--upgrade-to needs a release (v1.5 … v1.9, main), not auto');
  const to = versioned(ctx, value, '--upgrade-to').kubevirtVersion;
  let newlyRejected = 0;
  const files = found.inputs.map((i) => {
    const { current, result } = upgradeCheck(i.text, ctx, to, cache);
    newlyRejected += result.newlyRejected;
    return upgradeReportFile(i.file, current, result);
  });
  const report: Report = { kubevirtVersion: ctx.kubevirtVersion, upgradeTo: to, newlyRejected, files };
  if (format === 'json') io.stdout(JSON.stringify(report, null, 2) + '\n');
  else if (format === 'sarif') io.stdout(JSON.stringify(renderSarif(report, VERSION), null, 2) + '\n');
  else io.stdout(renderUpgradeText(report));
  const unread = reportInputProblems(found, io);
  return unread ? 2 : newlyRejected > 0 ? 1 : 0;
}
