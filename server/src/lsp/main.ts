#!/usr/bin/env node
// `virtwire-language-server`: the stdio (or --node-ipc / --socket) language server for any editor.

import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './server';
import { VERSION } from '../version';
import { errorText } from '../core/index';
import { mark, markProcessStart } from './timing';

markProcessStart();
mark('loaded'); // every module of the server has been loaded and run

if (process.argv.includes('--version')) {
  process.stdout.write(`virtwire-language-server ${VERSION}\n`);
} else {
  if (!process.argv.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe'))) {
    process.argv.push('--stdio');
  }
  // a last resort: a failure nobody awaited is logged, it does not end the server (and the editor's session)
  process.on('unhandledRejection', (e) => {
    process.stderr.write(`virtwire-language-server: unhandled rejection: ${errorText(e)}\n`);
  });
  startServer(createConnection(ProposedFeatures.all));
}
