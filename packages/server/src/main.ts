#!/usr/bin/env node
import { catchStopSignals } from './lifecycle/stop-signals.js';

// Caught before the server's modules load (seconds from source on a busy machine). Until they have loaded nothing has
// started, so a SIGINT/SIGTERM ends the process at once and cleanly; from then on runServer takes the signals over (a
// --workers primary forwards them to its workers, a server closes gracefully), at every stage of its start.
catchStopSignals().listen(() => process.exit(0));
const { runServer } = await import('./run-server.js');

// The exit code is set only once the server has closed (or never started): whatever still holds the event loop then
// (a keep-alive socket, a timer) must not keep the process.
runServer(process.argv.slice(2), process.env).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`latency-dash: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  },
);
