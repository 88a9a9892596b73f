#!/usr/bin/env node
// Launcher for the compiled language server (TypeScript sources: server/src/lsp).
require('../../out/server/src/lsp/main.js');
