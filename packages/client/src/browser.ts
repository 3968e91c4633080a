import { createClientWith, standardFactory, type LatencyDashClient } from './client.js';
import { LatencyDashError } from './errors.js';
import type { ClientOptions, WebSocketConstructor } from './options.js';

export * from './common.js';

/**
 * The browser build: the page's own fetch and WebSocket, nothing from Node
 * (package.json maps the "browser" condition here; a test bundles it for
 * the browser and checks that no `node:` module or `ws` is in it).
 */
export function createClient(options: ClientOptions): LatencyDashClient {
  return createClientWith(options, async () => {
    const WebSocketClass = (globalThis as { WebSocket?: WebSocketConstructor }).WebSocket;
    if (WebSocketClass === undefined)
      throw new LatencyDashError('LD_CLIENT_NETWORK', 'this environment has no WebSocket: pass one as options.WebSocket', false);
    return standardFactory(WebSocketClass);
  });
}
