#!/usr/bin/env node
import { buildServer } from './app.js';
import { OptionsError, optionsFromCli, startupProblems, usage } from './options/index.js';

async function main(): Promise<void> {
  let partial;
  try {
    partial = optionsFromCli(process.argv.slice(2), process.env);
  } catch (err) {
    if (err instanceof OptionsError) {
      process.stderr.write(`latency-dash: ${err.message}\n`);
      process.exit(2);
    }
    throw err;
  }
  if (partial === 'help') {
    process.stdout.write(usage());
    return;
  }
  const problems = startupProblems(partial);
  if (problems.length > 0) {
    process.stderr.write(`latency-dash: ${problems.join('; ')}\n`);
    process.exit(2);
  }
  let server;
  try {
    server = await buildServer(partial);
  } catch (err) {
    process.stderr.write(`latency-dash: ${(err as Error).message}\n`);
    process.exit(2);
  }
  try {
    await server.listen();
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    const hint = e.code === 'EADDRINUSE' ? ' (is another server running? pick another with --port or PORT)' : '';
    process.stderr.write(`latency-dash: cannot listen: ${e.message}${hint}\n`);
    process.exit(1);
  }

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      server.app.log.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    server.app.log.info({ signal }, 'shutting down');
    const force = setTimeout(() => {
      server.app.log.error('shutdown took over 10 s; exiting');
      process.exit(1);
    }, 10_000);
    force.unref();
    server.close().then(
      () => process.exit(0),
      (err: unknown) => {
        server.app.log.error({ err }, 'error during shutdown');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('uncaughtException', (err) => {
    server.app.log.fatal({ err }, 'uncaught exception; exiting');
    process.exit(1);
  });
}

void main();
