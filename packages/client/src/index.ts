import { createClientWith, standardFactory, type LatencyDashClient } from './client.js';
import { LatencyDashError } from './errors.js';
import type { ClientOptions, WebSocketConstructor, WebSocketLike } from './options.js';
import type { WebSocketFactory } from './ws-transport.js';

export * from './common.js';

/**
 * The Node build. Node 20 has no global WebSocket, so the WebSocket
 * transport loads the `ws` package when it opens its first socket (and the
 * key then travels in a header, out of URLs and their logs); only a Node
 * without `ws` falls back to a global WebSocket. The HTTP transport uses the
 * global fetch.
 */
export function createClient(options: ClientOptions): LatencyDashClient {
  return createClientWith(options, loadNodeWebSocket);
}

async function loadNodeWebSocket(): Promise<WebSocketFactory> {
  try {
    const { WebSocket } = await import('ws');
    return (url, apiKey) =>
      new WebSocket(url, { headers: apiKey === undefined ? {} : { authorization: `Bearer ${apiKey}` }, perMessageDeflate: false }) as unknown as WebSocketLike;
  } catch (err) {
    const WebSocketClass = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    if (WebSocketClass === undefined) {
      throw new LatencyDashError(
        'LD_CLIENT_NETWORK',
        `the WebSocket transport needs the "ws" package in Node 20 (npm install ws): ${(err as Error).message}`,
        false,
      );
    }
    return standardFactory(WebSocketClass);
  }
}
