/** What a user runs to get a first row onto an empty dashboard: curl, or an OpenTelemetry SDK's environment. */
export interface FirstEventSnippets {
  curl: string;
  otlp: string;
}

/** A string as one single-quoted shell word. */
const shellWord = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

/**
 * Snippets that send to this server (`origin`, as the page was loaded
 * from) for `targetId`. With API keys on, a placeholder for the write key
 * the reader must fill in: the page holds a read key at most.
 */
export function firstEventSnippets(origin: string, targetId: string, keyed: boolean): FirstEventSnippets {
  const body = JSON.stringify({ events: [{ targetId, key: 'hello', valueMs: 12.5 }] });
  const auth = keyed ? ` -H 'authorization: Bearer <write key>'` : '';
  return {
    curl: `curl -s ${shellWord(`${origin}/api/v1/events`)} -H 'content-type: application/json'${auth} -d ${shellWord(body)}`,
    otlp: [
      `OTEL_EXPORTER_OTLP_ENDPOINT=${origin}`,
      ...(keyed ? [`OTEL_EXPORTER_OTLP_HEADERS='Authorization=Bearer <write key>'`] : []),
      `OTEL_SERVICE_NAME=${shellWord(targetId)}`,
      'node --import ./otel.js server.js',
    ].join(' \\\n  '),
  };
}
