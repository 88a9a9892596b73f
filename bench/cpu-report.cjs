// Loaded with `node --require` by bench/run.mjs in front of the CLI: when the process exits, it writes its own CPU
// time (user + system, all threads) and its wall time since the process started to stderr.
'use strict';
const fs = require('node:fs');

process.on('exit', () => {
  const u = process.cpuUsage();
  fs.writeSync(2, `[virtwire-cpu] ${JSON.stringify({ cpuMs: (u.user + u.system) / 1000, wallMs: performance.now() })}\n`);
});
