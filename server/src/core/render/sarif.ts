// SARIF 2.1.0 output for code-scanning tools, with real 1-based lines and columns.

import { ALL_CODES } from '../codes';
import { reportVersions, type Report } from './report';

const LEVEL = { error: 'error', warning: 'warning', information: 'note', hint: 'note' } as const;

export function renderSarif(report: Report, version: string): object {
  const used = new Set(report.files.flatMap((f) => f.diagnostics.map((d) => d.code)));
  const rules = ALL_CODES.filter((c) => used.has(c.code)).map((c) => ({
    id: c.code,
    shortDescription: { text: c.why },
    defaultConfiguration: { level: LEVEL[c.severity] },
  }));
  for (const code of used)
    if (!rules.some((r) => r.id === code))
      rules.push({ id: code, shortDescription: { text: code }, defaultConfiguration: { level: 'warning' } });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'virtwire',
            version,
            informationUri: 'https://github.com/virtwire/virtwire',
            rules,
            // the KubeVirt release(s) whose admission the results reproduce
            properties: {
              kubevirtVersion: reportVersions(report).join(', '),
              ...(report.upgradeTo ? { upgradeTo: report.upgradeTo } : {}),
            },
          },
        },
        results: report.files.flatMap((f) =>
          f.diagnostics.map((d) => ({
            ruleId: d.code,
            level: LEVEL[d.severity],
            message: { text: d.field ? `${d.message} (${d.field})` : d.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: f.file.replace(/\\/g, '/') },
                  region: {
                    startLine: d.range.start.line + 1,
                    startColumn: d.range.start.character + 1,
                    endLine: d.range.end.line + 1,
                    endColumn: d.range.end.character + 1,
                  },
                },
              },
            ],
            ...(d.resource || d.upgrade || d.blockedBy
              ? {
                  properties: {
                    ...(d.resource ? { document: d.document, kind: d.resource.kind, name: d.resource.name } : {}),
                    ...(d.upgrade ? { upgrade: d.upgrade } : {}),
                    ...(d.blockedBy ? { blockedBy: d.blockedBy } : {}),
                  },
                }
              : {}),
          })),
        ),
      },
    ],
  };
}
