import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CONFIG_ENV, CONFIG_FLAG, OPTION_LIST, OPTION_SPECS, type OptionSpec, type ServerOptions } from './options-schema.js';
import { optionProblems } from './resolve-options.js';
import { closestOption, describeValue, OptionsError, problemWith } from './validate.js';

type FlagConfig = NonNullable<ParseArgsConfig['options']>;

function schemaType(spec: OptionSpec): string | undefined {
  return (spec.type as { type?: string }).type;
}

export function isBooleanOption(spec: OptionSpec): boolean {
  return schemaType(spec) === 'boolean';
}

/** The node:util parseArgs options, one per setting with a flag; booleans also take `--no-<flag>`. */
export function flagConfig(): FlagConfig {
  const flags: FlagConfig = { [CONFIG_FLAG]: { type: 'string' }, help: { type: 'boolean', short: 'h' } };
  for (const [, spec] of OPTION_LIST) {
    if (spec.flag !== undefined) flags[spec.flag] = { type: isBooleanOption(spec) ? 'boolean' : 'string' };
  }
  return flags;
}

/**
 * A flag's or environment variable's text as the setting's type; undefined when blank (unset).
 * Throws when the text is not a value of the type, naming `label`, the text and what is expected.
 */
function fromText(label: string, spec: OptionSpec, text: string): unknown {
  let value: unknown = text;
  switch (schemaType(spec)) {
    case 'integer':
    case 'number':
      if (/^[+-]?\d+(\.\d+)?$/.test(text.trim())) value = Number(text);
      break;
    case 'boolean':
      if (/^(1|true|yes|on)$/i.test(text.trim())) value = true;
      else if (/^(0|false|no|off)$/i.test(text.trim())) value = false;
      break;
    case 'array':
      if (text.trim() === '') return undefined;
      value = text
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      break;
  }
  const problem = problemWith(label, spec, value, JSON.stringify(text));
  if (problem) throw new OptionsError(problem);
  return value;
}

/** A JSON config file: an object of settings by their option names, each checked against the schema. */
export function readConfigFile(path: string): Partial<ServerOptions> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    throw new OptionsError(`cannot read config file ${path}: ${(err as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new OptionsError(`config file ${path} is not valid JSON: ${(err as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new OptionsError(`config file ${path} must hold a JSON object of settings, got ${describeValue(parsed)}`);
  }
  const problems = optionProblems(parsed as Record<string, unknown>);
  if (problems.length > 0) throw new OptionsError(`config file ${path}: ${problems.join('; ')}`);
  return parsed as Partial<ServerOptions>;
}

function parseFlags(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowNegative: true, strict: true, options: flagConfig() }).values;
  } catch (err) {
    const e = err as Error & { code?: string };
    const unknown = e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /Unknown option '([^']+)'/.exec(e.message)?.[1] : undefined;
    if (unknown !== undefined) {
      const guess = closestOption(unknown.replace(/^-+(no-)?/, ''));
      const flag = guess && OPTION_SPECS[guess].flag;
      throw new OptionsError(`unknown option ${unknown}${flag ? `, did you mean --${flag}?` : ''} (see --help)`);
    }
    throw new OptionsError(`${e.message} (see --help)`);
  }
}

/**
 * Settings from flags, then environment, then the config file (`--config` or LATENCY_DASH_CONFIG): the
 * first that sets a value wins; unset ones are left out (resolveOptions fills the defaults).
 */
export function optionsFromCli(argv: string[], env: NodeJS.ProcessEnv): Partial<ServerOptions> | 'help' {
  const flags = parseFlags(argv);
  if (flags.help === true) return 'help';
  const configFlag = flags[CONFIG_FLAG];
  const configPath = typeof configFlag === 'string' ? configFlag : env[CONFIG_ENV];
  const file: Record<string, unknown> = configPath ? readConfigFile(configPath) : {};
  const result: Record<string, unknown> = {};
  for (const [name, spec] of OPTION_LIST) {
    let value: unknown;
    const flag = spec.flag === undefined ? undefined : flags[spec.flag];
    if (typeof flag === 'boolean') value = flag;
    else if (typeof flag === 'string') value = fromText(`--${spec.flag}`, spec, flag);
    if (value === undefined && spec.env !== undefined) {
      const text = env[spec.env];
      if (text !== undefined && text !== '') value = fromText(`environment variable ${spec.env}`, spec, text);
    }
    value ??= file[name];
    if (value !== undefined) result[name] = value;
  }
  return result as Partial<ServerOptions>;
}
