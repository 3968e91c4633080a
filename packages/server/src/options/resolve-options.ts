import { DEFAULT_OPTIONS, OPTION_SPECS, type ServerOptions } from './options-schema.js';
import { closestOption, isOptionName, OptionsError, problemWith } from './validate.js';

/**
 * Checks settings against the schema and lists what is wrong, one line each. Undefined values count as
 * unset; names in `allowed` are passed over (not settings, e.g. the test clock).
 */
export function optionProblems(settings: Record<string, unknown>, allowed: readonly string[] = []): string[] {
  const problems: string[] = [];
  for (const [name, value] of Object.entries(settings)) {
    if (value === undefined || allowed.includes(name)) continue;
    if (!isOptionName(name)) {
      const guess = closestOption(name);
      problems.push(`unknown setting ${JSON.stringify(name)}${guess ? `, did you mean ${JSON.stringify(guess)}?` : ' (see --help for the settings)'}`);
      continue;
    }
    const problem = problemWith(name, OPTION_SPECS[name], value);
    if (problem) problems.push(problem);
  }
  return problems;
}

/** Programmatic options (buildServer, tests) over the defaults, checked with the same schema as flags and files. */
export function resolveOptions(partial: Partial<ServerOptions> = {}): ServerOptions {
  const problems = optionProblems(partial, ['clock']);
  if (problems.length > 0) throw new OptionsError(`invalid settings: ${problems.join('; ')}`);
  const defined = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined)) as Partial<ServerOptions>;
  return { ...DEFAULT_OPTIONS, ...defined };
}
