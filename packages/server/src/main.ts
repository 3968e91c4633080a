#!/usr/bin/env node
import { runServer } from './run-server.js';

// The exit code is set only once the server has closed (or never started): whatever still holds the event loop then
// (a keep-alive socket, a timer) must not keep the process.
runServer(process.argv.slice(2), process.env).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`latency-dash: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
