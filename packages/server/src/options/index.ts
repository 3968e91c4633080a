export {
  CONFIG_ENV,
  CONFIG_FLAG,
  DEFAULT_OPTIONS,
  DEFAULT_WEB_DIR,
  GROUPS,
  LOG_LEVELS,
  OPTION_LIST,
  OPTION_SPECS,
  OptionsSchema,
  type Group,
  type LogLevel,
  type OptionName,
  type OptionSpec,
  type ServerOptions,
} from './options-schema.js';
export { optionProblems, resolveOptions } from './resolve-options.js';
export { flagConfig, optionsFromCli, readConfigFile } from './parse-options.js';
export { startupProblems } from './startup-checks.js';
export { usage } from './usage.js';
export { OptionsError } from './validate.js';
