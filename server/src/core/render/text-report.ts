// Compiler-style text output: `file:line:col: severity code message`, then a summary line.

import { countBySeverity, reportVersions, type Report } from './report';
import { versionLabel } from '../context/version';
import { blockedNote } from './blocked';

export function renderTextReport(report: Report, opts: { hints?: boolean } = {}): string {
  const out: string[] = [];
  for (const f of report.files) {
    for (const d of f.diagnostics) {
      if (!opts.hints && (d.severity === 'hint' || d.severity === 'information')) continue;
      const where = `${f.file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const field = d.field ? ` [${d.field}]` : '';
      const blocked = d.blockedBy ? ` (${blockedNote(d.blockedBy)})` : '';
      out.push(`${where}: ${d.severity} ${d.code} ${d.message}${field}${blocked}`);
    }
  }
  const c = countBySeverity(report);
  const files = report.files.length;
  const versions = reportVersions(report);
  const as = versions.length > 0 ? ` as ${versions.map(versionLabel).join(' / ')}` : '';
  out.push(
    `${files} file${files === 1 ? '' : 's'} checked${as}: ${c.error} error${c.error === 1 ? '' : 's'}, ` +
      `${c.warning} warning${c.warning === 1 ? '' : 's'}`,
  );
  return out.join('\n') + '\n';
}
