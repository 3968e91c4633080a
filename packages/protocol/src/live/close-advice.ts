import { CloseCode } from '../index.js';

const CLOSE_NAMES = new Map<number, string>(Object.entries(CloseCode).map(([name, code]) => [code, name]));
CLOSE_NAMES.set(1006, 'abnormal (no close frame: server down or network lost)');

/** "4001 slowConsumer" rather than a bare number, for the status tooltip. */
export function describeClose(code: number): string {
  const name = CLOSE_NAMES.get(code);
  return name ? `${code} ${name}` : String(code);
}

/**
 * What a user can do after a final close (the error registry's 4500–4999,
 * or an HTTP 401/403 while polling, which stand for the same): words for
 * the page, not a code.
 */
export function finalCloseAdvice(code: number, hasKey: boolean): string {
  switch (code) {
    case CloseCode.unauthorized:
      return hasKey
        ? 'The server refused the API key (unauthorized). Open the dashboard with ?apiKey=<key> to use a valid one.'
        : 'The server needs an API key (unauthorized). Open the dashboard with ?apiKey=<key>.';
    case CloseCode.forbidden:
      return `The server does not let ${hasKey ? 'this API key' : 'this page'} watch the stream (forbidden). Open the dashboard with ?apiKey=<key> with a read key, or ask an operator to allow this page's address.`;
    default:
      return `The server ended the connection (${describeClose(code)}) and asked the dashboard not to reconnect. Reload the page to try again.`;
  }
}
