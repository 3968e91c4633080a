import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT } from '../exit-codes.js';
import { UsageError, type Verb } from '../verb.js';

/** The repository's root: four folders above this file (packages/cli/src/verbs/). */
const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The benchmark suite (bench/run.ts, what `npm run bench` runs), in a checkout of the repository. */
export const bench: Verb = {
  name: 'bench',
  summary: 'run the benchmark suite (in a checkout of the repository), printing figures against their goals',
  help: () => `latency-dash bench [--quick] [--10k] [name ...]

Runs the benchmark suite, as npm run bench does: each bench in its own process, then a summary table
of the figures, the SPEC's goals and the ratios against baselines run alongside. Names pick benches
(engine, validate, ingest-http, otlp-http, flood, history, wal, fanout, soak, browser); none runs all
but soak. --quick makes a short pass; --10k adds 10,000 viewers to the fan-out.

The suite's sources ship with the repository, not with the npm package: run it from a checkout
after npm ci. Exit 0 when every bench ran (missed goals are figures, not failures), 1 when one crashed.
`,
  async run(args, io) {
    const script = join(ROOT, 'bench', 'run.ts');
    if (!existsSync(script)) {
      throw new UsageError(
        `the benchmark suite is not part of this install (${script} is missing): it ships with the repository; run it from a checkout with npm ci && npx latency-dash bench`,
      );
    }
    try {
      createRequire(join(ROOT, 'package.json')).resolve('tsx/package.json');
    } catch {
      throw new UsageError(`the benchmark suite runs its TypeScript through tsx, which is not installed in ${ROOT}: run npm ci there first`);
    }
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', script, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(io.stdout, { end: false });
    child.stderr.pipe(io.stderr, { end: false });
    // A terminal's Ctrl-C reaches the suite by itself (same process group); a SIGTERM to us is passed on.
    const stop = () => child.kill('SIGTERM');
    io.signal.addEventListener('abort', stop, { once: true });
    const code = await new Promise<number>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (status) => resolve(status ?? EXIT.failed));
    });
    io.signal.removeEventListener('abort', stop);
    return io.signal.aborted ? EXIT.interrupted : code;
  },
};
