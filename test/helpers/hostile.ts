// Hostile inputs shared by the CLI, server and fuzz tests.

/** A VMI whose `spec` holds a mapping nested `depth` levels deep (block style). */
export function deepManifest(depth: number): string {
  const lines = ['apiVersion: kubevirt.io/v1', 'kind: VirtualMachineInstance', 'metadata:', '  name: deep', 'spec:'];
  let indent = '  ';
  for (let i = 0; i < depth; i++) {
    lines.push(`${indent}a:`);
    indent += ' ';
  }
  lines.push(`${indent}b: 1`);
  return lines.join('\n') + '\n';
}

/** The same nesting in flow style, on one line. */
export function deepFlowManifest(depth: number): string {
  return `apiVersion: kubevirt.io/v1\nkind: VirtualMachineInstance\nmetadata:\n  name: deep\nspec:\n  a: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}\n`;
}
