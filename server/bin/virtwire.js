#!/usr/bin/env node
// Launcher for the compiled CLI (TypeScript sources: server/src/cli).
require('../../out/server/src/cli/main.js').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  () => { process.exitCode = 2; },
);
