#!/usr/bin/env node
// The `latency-dash` command (the root package's bin, bundled into packages/cli/dist/latency-dash.js).
import { runInvocation, parseInvocation } from './dispatch.js';
import { EXIT } from './exit-codes.js';

const invocation = parseInvocation(process.argv.slice(2));
const controller = new AbortController();
if (invocation.kind === 'verb' && !invocation.verb.handlesSignals) {
  const onSignal = () => {
    // A second signal means the user will not wait for the verb to wind down.
    if (controller.signal.aborted) process.exit(EXIT.interrupted);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

const code = await runInvocation(invocation, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  signal: controller.signal,
});
// Whatever still holds the event loop (a socket in close, stdin) must not keep the process once the verb is done.
process.exit(code);
