import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ServerOptions } from './options-schema.js';

/**
 * Checks of the file system that settings name, run by main before the
 * server starts: each problem names the path, what is wrong and a fix. The
 * history file is checked when it is opened (storage/database.ts), for
 * every way of starting the server. A web folder is checked here only: one
 * given on purpose and missing is a mistake, while the default one is
 * missing until the dashboard is built (the server then serves a hint page).
 */
export function startupProblems(given: Partial<ServerOptions>): string[] {
  const problems: string[] = [];
  if (given.webDir !== undefined) {
    const problem = webDirProblem(given.webDir);
    if (problem) problems.push(problem);
  }
  if (given.redis && given.walPath !== undefined && given.walPath !== 'auto' && given.walPath !== 'off') {
    problems.push(`--wal ${given.walPath} cannot be used with --redis: in a cluster the events are logged in Redis streams (drop --wal)`);
  }
  if (given.workers !== undefined && given.workers > 1 && !given.redis) {
    problems.push(`--workers ${given.workers} needs --redis: workers share targets through Redis as the nodes of a cluster do`);
  }
  return problems;
}

export function webDirProblem(dir: string): string | undefined {
  const build = 'build the dashboard (npm run build) or pass --web-dir the folder that holds its index.html';
  if (!existsSync(dir)) return `web folder ${dir} does not exist: ${build}`;
  if (!statSync(dir).isDirectory()) return `web folder ${dir} is a file, not a folder: ${build}`;
  if (!existsSync(join(dir, 'index.html'))) return `web folder ${dir} has no index.html: ${build}`;
  return undefined;
}
