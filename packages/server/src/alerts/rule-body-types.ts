/**
 * The numbers of a rule as the client sent them, before the schema sees the
 * body: the API's validator coerces types (a query string's "5" is 5), and
 * that would turn a threshold of "" or null into 0, a rule that fires on
 * every series. A rule's numbers must be JSON numbers.
 */
const NUMERIC_FIELDS: Record<string, string> = {
  threshold: "threshold must be a number, in the metric's unit (ms, B/s or events/s)",
  forS: 'forS must be a whole number of seconds',
};

/** The reason a rule body is refused, or undefined when its numeric fields are numbers (or absent). */
export function ruleNumberProblem(body: unknown): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  for (const [field, reason] of Object.entries(NUMERIC_FIELDS)) {
    if (!(field in body)) continue;
    const value = (body as Record<string, unknown>)[field];
    if (typeof value !== 'number') return `${reason}; got ${JSON.stringify(value)?.slice(0, 40) ?? String(value)}`;
  }
  return undefined;
}
