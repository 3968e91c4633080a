import { readFileSync } from 'node:fs';
import { EXIT, EXIT_MEANINGS, type ExitCode } from './exit-codes.js';
import { UsageError, type CliIo, type Verb } from './verb.js';
import { VERBS } from './verbs/index.js';

/** What the command line asks for, before anything runs. */
export type Invocation =
  { kind: 'help' } | { kind: 'version' } | { kind: 'verb'; verb: Verb; args: readonly string[]; help: boolean } | { kind: 'unknown'; name: string };

const HELP = new Set(['--help', '-h']);

/** `latency-dash [verb] [flags]`: no verb, or flags first, means the default verb (serve). */
export function parseInvocation(argv: readonly string[]): Invocation {
  const [first, ...rest] = argv;
  if (first !== undefined && HELP.has(first)) return { kind: 'help' };
  if (first === '--version' || first === '-v') return { kind: 'version' };
  if (first === undefined || first.startsWith('-')) return verbCall(VERBS[0], argv);
  const verb = VERBS.find((v) => v.name === first);
  return verb === undefined ? { kind: 'unknown', name: first } : verbCall(verb, rest);
}

function verbCall(verb: Verb, args: readonly string[]): Invocation {
  const end = args.indexOf('--');
  const flags = end < 0 ? args : args.slice(0, end);
  return { kind: 'verb', verb, args, help: flags.some((a) => HELP.has(a)) };
}

/** Runs what the command line asked for; resolves with the exit code. Errors are one line on stderr. */
export async function runInvocation(inv: Invocation, io: CliIo): Promise<number> {
  switch (inv.kind) {
    case 'help':
      io.stdout.write(commandHelp());
      return EXIT.ok;
    case 'version':
      io.stdout.write(`${version()}\n`);
      return EXIT.ok;
    case 'unknown':
      io.stderr.write(`latency-dash ${inv.name}: unknown verb; the verbs are ${VERBS.map((v) => v.name).join(', ')} (see latency-dash --help)\n`);
      return EXIT.usage;
    case 'verb':
      break;
  }
  const { verb } = inv;
  if (inv.help) {
    io.stdout.write(await verb.help());
    return EXIT.ok;
  }
  try {
    return await verb.run(inv.args, io);
  } catch (err) {
    const usage = err instanceof UsageError;
    const message = err instanceof Error ? err.message : String(err);
    io.stderr.write(`latency-dash ${verb.name}: ${oneLine(message)}\n`);
    if (!usage && io.env.LATENCY_DASH_DEBUG && err instanceof Error && err.stack) io.stderr.write(`${err.stack}\n`);
    return usage ? EXIT.usage : EXIT.failed;
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

/** The root package's version: package.json sits three folders above this file in a checkout and in the package. */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function commandHelp(): string {
  const width = Math.max(...VERBS.map((v) => v.name.length)) + 2;
  const codes = (Object.entries(EXIT_MEANINGS) as unknown as [ExitCode, string][]).map(([code, meaning]) => `  ${String(code).padEnd(5)}${meaning}`);
  return `latency-dash ${version()}: real-time latency monitoring

Usage: latency-dash [verb] [flags]          no verb (or flags first) runs serve

Verbs:
${VERBS.map((v) => `  ${v.name.padEnd(width)}${v.summary}`).join('\n')}

latency-dash <verb> --help shows a verb's flags; latency-dash --version its version.

Exit codes:
${codes.join('\n')}
`;
}
