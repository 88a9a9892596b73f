// Text output of the upgrade check: per file, what the target release newly rejects and stops rejecting, then a
// summary line naming both releases.

import { versionLabel } from '../context/version';
import type { Report } from './report';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function renderUpgradeText(report: Report): string {
  const to = report.upgradeTo!;
  const out: string[] = [];
  let added = 0;
  let gone = 0;
  for (const f of report.files) {
    for (const d of f.diagnostics) {
      const where = `${f.file}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
      const field = d.field ? ` [${d.field}]` : '';
      if (d.upgrade === 'new') added++;
      else gone++;
      const verb = d.upgrade === 'new' ? `${to} rejects (new)` : `${to} no longer rejects (gone)`;
      out.push(`${where}: ${verb} ${d.code} ${d.message}${field}`);
    }
    for (const r of f.resources ?? []) {
      if (r.current === 'accepted' && r.target === 'rejected') {
        out.push(
          `${f.file}#${r.document}: ${r.kind ?? 'document'} ${r.name ?? ''} is accepted by ${report.kubevirtVersion} and rejected by ${to}`.replace(
            / {2}/g,
            ' ',
          ),
        );
      }
    }
  }
  const files = report.files.length;
  const from = report.kubevirtVersion ? versionLabel(report.kubevirtVersion) : 'the current release';
  out.push(
    `${plural(files, 'file')} checked for the upgrade from ${from} to ${versionLabel(to)}: ` +
      `${plural(report.newlyRejected ?? 0, 'resource')} newly rejected, ${plural(added, 'new error')}, ${gone} gone`,
  );
  return out.join('\n') + '\n';
}
