// The settings live in options/ (one schema generates the type, defaults, flags, environment names,
// config-file checks and --help). This file stays so existing imports keep working.
export { resolveOptions, DEFAULT_OPTIONS, DEFAULT_WEB_DIR, type ServerOptions, type LogLevel } from './options/index.js';
