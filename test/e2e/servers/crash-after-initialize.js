// A language server that crashes: it answers `initialize` over node IPC (the transport the extension uses), then
// exits with code 3 shortly after `initialized`, every time it is started. The DOM check points
// `virtwire.server.path` at it to see what a user sees when the real server crashes.
'use strict';

process.on('message', (msg) => {
  if (msg && msg.method === 'initialize') {
    process.send({ jsonrpc: '2.0', id: msg.id, result: { capabilities: {}, serverInfo: { name: 'crash-after-initialize' } } });
  } else if (msg && msg.method === 'initialized') {
    setTimeout(() => {
      process.stderr.write('crash-after-initialize: exiting with code 3 on purpose\n');
      process.exit(3);
    }, 300);
  }
});
