import { randomUUID } from 'node:crypto';
import type { FastifyError, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ERRORS } from '@latency-dash/protocol';
import { errorBody, LdError, type ErrorCode } from '../errors.js';

export type LifecycleState = 'starting' | 'ready' | 'draining';

export interface Lifecycle {
  state: LifecycleState;
  readonly serverId: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    lifecycle: Lifecycle;
  }
}

/** Fastify's own errors, in the registry's words. */
export const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'LD_ERR_UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_BODY_TOO_LARGE: 'LD_ERR_BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_JSON_BODY: 'LD_ERR_MALFORMED',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'LD_ERR_MALFORMED',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'LD_ERR_BAD_REQUEST',
};

/**
 * The server's state (starting → ready → draining) and the one error
 * handler: every failure answers `{error: {code, message}}` with the
 * status the error registry gives its code.
 */
async function corePlugin(app: FastifyInstance): Promise<void> {
  app.decorate('lifecycle', { state: 'starting', serverId: randomUUID().slice(0, 8) } as Lifecycle);

  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof LdError) {
      // A passing condition (Redis away, a target moving, draining): say when to come back, as HTTP has it.
      if (err.statusCode === 503 && ERRORS[err.code].retry && !reply.hasHeader('retry-after')) reply.header('retry-after', '1');
      reply.code(err.statusCode).send(errorBody(err.code, err.message));
      return;
    }
    const mapped = err.code ? FASTIFY_CODES[err.code] : undefined;
    const known = mapped === undefined ? undefined : new LdError(mapped, err.message);
    const status = known?.statusCode ?? err.statusCode ?? 500;
    if (status >= 500) {
      req.log.error({ err }, 'request failed');
      reply.code(500).send(errorBody('LD_ERR_INTERNAL'));
      return;
    }
    reply.code(status).send(errorBody(known?.code ?? 'LD_ERR_BAD_REQUEST', err.message));
  });

  app.setNotFoundHandler((req) => {
    throw new LdError('LD_ERR_NOT_FOUND', `no route for ${req.method} ${req.url.split('?')[0].slice(0, 200)}; GET /api/v1/openapi.json lists them`);
  });

  // /health keeps answering while draining, so load balancers see it go.
  app.addHook('onRequest', async (req, reply) => {
    if (app.lifecycle.state === 'draining' && req.url !== '/health') {
      const stopping = new LdError('LD_ERR_SHUTTING_DOWN');
      reply.code(stopping.statusCode).header('connection', 'close').send(errorBody(stopping.code, stopping.message));
    }
  });
  app.addHook('preClose', async () => {
    app.lifecycle.state = 'draining';
  });
}

export default fp(corePlugin, { name: 'core', fastify: '5.x' });
