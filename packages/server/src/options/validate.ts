import type { TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { OPTION_LIST, OPTION_SPECS, type OptionName, type OptionSpec } from './options-schema.js';

/** A bad flag, environment value, config file or programmatic option: main prints the message and exits 2. */
export class OptionsError extends RangeError {
  override name = 'OptionsError';
}

/** The JSON Schema keywords the option types use. */
interface SchemaView {
  type?: string;
  enum?: readonly (string | number)[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  minItems?: number;
  items?: TSchema;
}

/** What a schema accepts, in words: "an integer 0-65535", "a list of non-empty strings". */
export function expected(schema: TSchema): string {
  const s = schema as SchemaView;
  if (s.enum) return `one of ${s.enum.join(', ')}`;
  switch (s.type) {
    case 'integer':
    case 'number': {
      const what = s.type === 'integer' ? 'an integer' : 'a number';
      if (s.minimum !== undefined && s.maximum !== undefined) return `${what} ${s.minimum}-${s.maximum}`;
      if (s.minimum !== undefined) return `${what} >= ${s.minimum}`;
      if (s.maximum !== undefined) return `${what} <= ${s.maximum}`;
      return what;
    }
    case 'string':
      return (s.minLength ?? 0) > 0 ? 'a non-empty string' : 'a string';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    case 'array': {
      const list = (s.minItems ?? 0) > 0 ? 'a non-empty list' : 'a list';
      return s.items ? `${list} of ${plural(s.items)}` : list;
    }
    default:
      return `a value matching ${JSON.stringify(schema)}`;
  }
}

function plural(schema: TSchema): string {
  const s = schema as SchemaView;
  if (s.type === 'string') return (s.minLength ?? 0) > 0 ? 'non-empty strings' : 'strings';
  if (s.type === 'object') return 'objects';
  if (s.type === 'integer') return 'integers';
  if (s.type === 'number') return 'numbers';
  return `values (each ${expected(schema)})`;
}

/** A value as a message shows it: `the string "8081"`, `-1`, `null`, `the list ["a"]`. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') return `the string ${JSON.stringify(value)}`;
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `the list ${clip(JSON.stringify(value))}`;
  if (typeof value === 'object') return `the object ${clip(JSON.stringify(value))}`;
  return typeof value;
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/**
 * Why `value` is not acceptable for `spec`, as "<label> must be <expected>, got <given>"; undefined if it is.
 * `given` replaces the description of the value (flags and environment show the text as typed).
 */
export function problemWith(label: string, spec: OptionSpec, value: unknown, given?: string): string | undefined {
  const problem = typeProblem(label, spec.type, value, given);
  if (problem) return problem;
  return spec.refine?.(value);
}

function typeProblem(label: string, schema: TSchema, value: unknown, given?: string): string | undefined {
  // Not `if (Value.Check(...))`: as a type guard on TSchema it would narrow `value` to never below.
  const ok: boolean = Value.Check(schema, value);
  if (ok) return undefined;
  const s = schema as SchemaView;
  // A bad item of a list: name the item, not the whole list.
  if (s.type === 'array' && s.items && Array.isArray(value) && value.length >= (s.minItems ?? 0)) {
    const items = s.items;
    const i = value.findIndex((item) => !Value.Check(items, item));
    if (i >= 0) return typeProblem(`${label}[${i}]`, items, value[i]);
  }
  return `${label} must be ${expected(schema)}, got ${given ?? describeValue(value)}`;
}

export function isOptionName(name: string): name is OptionName {
  return Object.hasOwn(OPTION_SPECS, name);
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[-_\s]/g, '');
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

/**
 * The setting someone most likely meant by `typed`: same name in another spelling (`window_samples`,
 * `WINDOW_SAMPLES`, `window-samples`) or a near miss (`prot`); undefined when nothing is close.
 */
export function closestOption(typed: string): OptionName | undefined {
  const key = normalize(typed);
  for (const [name, spec] of OPTION_LIST) {
    if ([name, spec.flag, spec.env].some((n) => n !== undefined && normalize(n) === key)) return name;
  }
  let best: OptionName | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const [name, spec] of OPTION_LIST) {
    for (const n of [name, spec.flag, spec.env]) {
      if (n === undefined) continue;
      const d = editDistance(key, normalize(n));
      if (d < bestDistance) [best, bestDistance] = [name, d];
    }
  }
  return best;
}
