/** Where a server's HTTP API and its /ws endpoint are, from the one URL the user gives. */
export interface Endpoints {
  httpBase: string;
  wsUrl: string;
}

/**
 * Accepts the server's address as http(s)://host:port[/base] (the /ws
 * endpoint is beside the API) or as its WebSocket URL ws(s)://host:port/ws.
 * Returns undefined for anything else.
 */
export function endpoints(text: string): Endpoints | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.search !== '' || url.hash !== '') return undefined;
  const secure = url.protocol === 'https:' || url.protocol === 'wss:';
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return undefined;
  const isWs = url.protocol.startsWith('ws');
  let path = url.pathname.replace(/\/+$/, '');
  if (isWs && path.endsWith('/ws')) path = path.slice(0, -3);
  const host = url.host;
  return { httpBase: `${secure ? 'https' : 'http'}://${host}${path}`, wsUrl: `${secure ? 'wss' : 'ws'}://${host}${path}/ws` };
}
