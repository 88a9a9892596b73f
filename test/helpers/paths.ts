import * as path from 'node:path';

/** The repository root (tests run from out/test/…). */
export const ROOT = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
/** The E2E workspace; its vm-diagram.yaml (two VMs, four bindings) serves the diagram's unit tests too. */
export const E2E_FIXTURES = path.join(ROOT, 'test', 'e2e', 'fixtures');
export const CLI = path.join(ROOT, 'server', 'bin', 'virtwire.js');
export const SERVER = path.join(ROOT, 'server', 'bin', 'virtwire-language-server.js');
