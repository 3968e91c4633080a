import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './verb.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A verb's flags by node's own parser (strict: unknown flags and missing
 * values are errors), with its errors turned into one short UsageError line.
 */
export function parseVerbArgs<const O extends Options>(args: readonly string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals, strict: true });
  } catch (err) {
    throw new UsageError(readable(err as Error & { code?: string }));
  }
}

function readable(err: Error & { code?: string }): string {
  const quoted = /'([^']*)'/.exec(err.message)?.[1];
  switch (err.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${quoted ?? err.message} (see --help)`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${JSON.stringify(quoted ?? err.message)} (see --help)`;
    default:
      // "Option '--url <value>' argument missing", "Option '--split' does not take an argument".
      return err.message.replace(/^Option /, '');
  }
}

/** A number flag: finite and within [min, max], or a UsageError naming the flag. */
export function numberFlag(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min || value > max) {
    throw new UsageError(`--${name} must be a number ${min}-${max}, got ${JSON.stringify(text)}`);
  }
  return value;
}
