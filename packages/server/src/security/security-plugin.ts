import fastifyCors from '@fastify/cors';
import fastifyRateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { LdError } from '../errors.js';
import { AccessControl } from './access.js';
import { registerRequestGuard } from './request-guard.js';

declare module 'fastify' {
  interface FastifyInstance {
    access: AccessControl;
  }
}

/** API keys, allowed origins with CORS, and the per-address API rate limit (SPEC F10). */
async function securityPlugin(app: FastifyInstance): Promise<void> {
  const { readKeys, writeKeys, allowedOrigins, rateLimitPerMinute } = app.settings;
  const access = new AccessControl({ readKeys, writeKeys });
  app.decorate('access', access);
  await app.register(fastifyCors, {
    origin: allowedOrigins.includes('*') ? true : allowedOrigins,
    allowedHeaders: ['content-type', 'authorization', 'x-api-key'],
    exposedHeaders: ['content-disposition', 'retry-after'],
  });
  await app.register(fastifyRateLimit, {
    max: rateLimitPerMinute,
    timeWindow: 60_000,
    // Only the API (and OTLP's /v1/) is limited: the dashboard's files, the docs and /health stay reachable.
    allowList: (req) => !req.url.startsWith('/api/') && !req.url.startsWith('/v1/'),
    errorResponseBuilder: (_req, ctx) => new LdError('LD_ERR_RATE_LIMITED', `over ${ctx.max} requests per minute from this address; retry in ${ctx.after}`),
  });
  registerRequestGuard(app, access, allowedOrigins);
}

// After the websocket plugin, whose onRequest hook marks upgrade requests (req.ws).
export default fp(securityPlugin, { name: 'security', dependencies: ['settings', '@fastify/websocket'] });
