// A language server that cannot start: it prints an error and exits with code 1 before answering `initialize`,
// as a server with a broken installation would. The DOM check points `virtwire.server.path` at it.
'use strict';

process.stderr.write('exit-on-start: cannot start (on purpose)\n');
process.exit(1);
