// The full wiring of every VM in a file as one read-only Markdown document ("Virtwire: Show wiring").
// Placeholder until the renderers land.
import type { FileAnalysis } from '../analyze';

export function renderWiringDocument(file: FileAnalysis, _title = 'Virtwire wiring'): string {
  const vms = file.docs.filter((d) => d.resource);
  return vms.map((d) => `# ${d.resource!.kind} ${d.resource!.name}\n\n\`\`\`json\n${JSON.stringify(d.wiring(), null, 2)}\n\`\`\`\n`).join('\n');
}
