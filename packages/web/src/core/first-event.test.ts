import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { firstEventSnippets } from './first-event.js';

describe('firstEventSnippets', () => {
  it('quotes the target for the shell, whatever it holds', () => {
    const { curl, otlp } = firstEventSnippets('http://h:1', "it's", false);
    // The shell reads back exactly the URL and the JSON body.
    const words = execFileSync('sh', ['-c', `printf '%s\\n' ${curl.replace(/^curl /, '')}`])
      .toString()
      .trimEnd()
      .split('\n');
    expect(words).toEqual([
      '-s',
      'http://h:1/api/v1/events',
      '-H',
      'content-type: application/json',
      '-d',
      JSON.stringify({ events: [{ targetId: "it's", key: 'hello', valueMs: 12.5 }] }),
    ]);
    expect(otlp).toContain('OTEL_EXPORTER_OTLP_ENDPOINT=http://h:1');
    expect(otlp).toContain(`OTEL_SERVICE_NAME='it'\\''s'`);
  });

  it('leaves a place for the write key when the server wants keys', () => {
    const { curl, otlp } = firstEventSnippets('http://h:1', 't', true);
    expect(curl).toContain(`-H 'authorization: Bearer <write key>'`);
    expect(otlp).toContain('OTEL_EXPORTER_OTLP_HEADERS');
  });
});
