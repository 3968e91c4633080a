import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errorBody } from '../errors.js';
import { keyOf, type AccessControl } from './access.js';

/** What a route needs: nothing (health, the dashboard's files), read, or write. */
export function neededAccess(req: FastifyRequest): 'none' | 'read' | 'write' {
  const path = req.url.split('?')[0];
  if (path === '/health') return 'none';
  if (path === '/ws' || path === '/metrics') return 'read';
  if (!path.startsWith('/api/')) return 'none';
  if (req.method === 'OPTIONS') return 'none'; // CORS preflights carry no credentials
  if (req.method === 'GET' || req.method === 'HEAD') return 'read';
  return 'write';
}

/**
 * API keys and allowed origins, checked before anything else runs (SPEC F10).
 * The WebSocket upgrade is a GET /ws and goes through the same check; what
 * its frames may do is decided per message (ingest needs write).
 */
export function registerRequestGuard(app: FastifyInstance, access: AccessControl, allowedOrigins: readonly string[]): void {
  const anyOrigin = allowedOrigins.includes('*');
  app.addHook('onRequest', async (req, reply) => {
    const origin = req.headers.origin;
    if (!anyOrigin && origin !== undefined && !allowedOrigins.includes(origin) && !sameOrigin(origin, req.headers.host)) {
      return reply.code(403).send(errorBody('LD_ERR_ORIGIN_NOT_ALLOWED', `origin ${origin.slice(0, 100)} is not allowed; add it to --allowed-origins`));
    }
    const need = neededAccess(req);
    if (need === 'none' || !access.enabled) return;
    const key = keyOf(req.headers, req.query);
    if (access.allows(key, need)) return;
    if (key === undefined) return reply.code(401).send(errorBody('LD_ERR_UNAUTHORIZED'));
    return reply.code(403).send(errorBody('LD_ERR_FORBIDDEN', need === 'write' ? undefined : 'that API key is not valid here'));
  });
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
