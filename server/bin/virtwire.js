#!/usr/bin/env node
// Launcher for the compiled CLI (TypeScript sources: server/src/cli).
require('../../out/server/src/cli/main.js').run(process.argv.slice(2));
