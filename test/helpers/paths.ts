import * as path from 'node:path';

/** The repository root (tests run from out/test/…). */
export const ROOT = path.resolve(__dirname, '../../..');
export const FIXTURES = path.join(ROOT, 'test', 'fixtures');
export const CLI = path.join(ROOT, 'server', 'bin', 'virtwire.js');
export const SERVER = path.join(ROOT, 'server', 'bin', 'virtwire-language-server.js');
