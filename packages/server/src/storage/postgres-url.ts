// Kept apart from postgres.ts so the options can check a URL without loading the driver.

/** Whether --history names a PostgreSQL database rather than a SQLite file. */
export function isPostgresUrl(history: string): boolean {
  return /^postgres(ql)?:\/\//i.test(history);
}

/** Why a postgres:// --history value cannot be used, or undefined. */
export function postgresUrlProblem(history: string): string | undefined {
  if (!isPostgresUrl(history)) return undefined;
  let url: URL;
  try {
    url = new URL(history);
  } catch {
    return `"${redactUrl(history)}" is not a URL: use postgres://user@host:port/database`;
  }
  if (url.hostname === '' && !url.searchParams.has('host')) return 'a postgres:// URL needs a host: postgres://user@host:port/database';
  if (url.pathname.length <= 1) return 'a postgres:// URL needs a database name: postgres://user@host:port/database';
  return undefined;
}

/** The URL as logs and /health show it: the password, if any, is never printed. */
export function redactUrl(history: string): string {
  return history.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@]*@/i, '$1:***@');
}
