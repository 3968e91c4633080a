import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LdError } from '../errors.js';
import { keyOf, type AccessControl } from './access.js';

declare module 'fastify' {
  interface FastifyRequest {
    /**
     * Why a WebSocket upgrade was refused. Browsers cannot read the status of
     * a refused upgrade, so /ws completes it, sends this as an error message
     * and closes with the registry's close code (final: 45xx).
     */
    refusal?: LdError;
  }
}

/** What a route needs: nothing (health, docs, the dashboard's files), read, or write. */
export function neededAccess(req: FastifyRequest): 'none' | 'read' | 'write' {
  const path = req.url.split('?')[0];
  if (path === '/health') return 'none';
  if (path === '/ws' || path === '/metrics') return 'read';
  // /v1/ is OTLP's (POST /v1/traces): ingest, so a write key.
  if (!path.startsWith('/api/') && !path.startsWith('/v1/')) return 'none';
  if (req.method === 'OPTIONS') return 'none'; // CORS preflights carry no credentials
  if (req.method === 'GET' || req.method === 'HEAD') return 'read';
  return 'write';
}

/**
 * API keys and allowed origins, checked before anything else runs (SPEC F10).
 * What WebSocket frames may do is decided per message (ingest needs write).
 */
export function registerRequestGuard(app: FastifyInstance, access: AccessControl, allowedOrigins: readonly string[]): void {
  const anyOrigin = allowedOrigins.includes('*');
  const refusal = (req: FastifyRequest): LdError | undefined => {
    const origin = req.headers.origin;
    if (!anyOrigin && origin !== undefined && !allowedOrigins.includes(origin) && !sameOrigin(origin, req.headers.host)) {
      return new LdError('LD_ERR_ORIGIN_NOT_ALLOWED', `origin ${origin.slice(0, 100)} is not allowed; add it to --allowed-origins`);
    }
    const need = neededAccess(req);
    if (need === 'none' || !access.enabled) return undefined;
    const key = keyOf(req.headers, req.query, req.ws);
    if (access.allows(key, need)) return undefined;
    // 401: no key, or one the server does not know; 403: a known key without the right.
    if (key === undefined) return new LdError('LD_ERR_UNAUTHORIZED');
    if (!access.knows(key)) return new LdError('LD_ERR_UNAUTHORIZED', "that API key is not one of this server's keys");
    return new LdError('LD_ERR_FORBIDDEN', need === 'write' ? undefined : 'that API key may not read here');
  };
  app.addHook('onRequest', async (req, reply) => {
    const refused = refusal(req);
    if (refused === undefined) return;
    if (req.ws) req.refusal = refused;
    else {
      if (refused.code === 'LD_ERR_UNAUTHORIZED') reply.header('www-authenticate', 'Bearer realm="latency-dash"');
      throw refused;
    }
  });
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
