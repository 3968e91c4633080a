import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { errorsMarkdown, PROTOCOL_VERSION } from '@latency-dash/protocol';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Type } from 'typebox';
import { ErrorBodySchema, EventSchema } from './schemas.js';

export interface RegisteredRoute {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route registered after the docs plugin, for checking that the OpenAPI document covers them. */
    registeredRoutes: readonly RegisteredRoute[];
  }
}

const DESCRIPTION = `Real-time latency statistics per series, streamed over WebSocket (\`/ws\`, latency.proto, protocol version ${PROTOCOL_VERSION}) and served here over HTTP.

API keys, when the server has any: \`Authorization: Bearer <key>\` or \`X-API-Key: <key>\` (\`?key=\` on the WebSocket URL).

${errorsMarkdown().replace(/^# Errors\n/, '## Errors\n')}`;

/**
 * The OpenAPI document, generated from the routes' schemas: registered
 * before every route so @fastify/swagger sees them all. Served as
 * /api/v1/openapi.json and as a page at /docs (assets bundled in the
 * package: nothing is fetched from elsewhere).
 */
async function docsPlugin(app: FastifyInstance): Promise<void> {
  const routes: RegisteredRoute[] = [];
  app.decorate('registeredRoutes', routes);
  app.addHook('onRoute', (r) => {
    for (const method of [r.method].flat()) routes.push({ method, url: r.url });
  });
  app.addSchema(ErrorBodySchema);
  app.addSchema(EventSchema);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'latency-dash', version: process.env.npm_package_version ?? '0.1.0', description: DESCRIPTION },
      tags: [
        { name: 'ingest', description: 'Events in (SPEC F1)' },
        { name: 'targets', description: 'Targets and live series (SPEC F5)' },
        { name: 'history', description: 'History and export (SPEC F7)' },
        { name: 'alerts', description: 'Alert rules (SPEC F9)' },
        { name: 'stream', description: 'The WebSocket protocol (SPEC F3, F4)' },
        { name: 'operations', description: 'Health, metrics and these docs' },
      ],
      components: {
        securitySchemes: {
          bearer: { type: 'http', scheme: 'bearer', description: 'An API key, when the server has --read-keys/--write-keys' },
          apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' },
        },
      },
      security: [{}, { bearer: [] }, { apiKey: [] }],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/docs', staticCSP: true, uiConfig: { deepLinking: true, docExpansion: 'list' } });
  app.get(
    '/api/v1/openapi.json',
    { schema: { summary: 'This API as an OpenAPI 3 document', tags: ['operations'], response: { 200: Type.Object({}, { additionalProperties: true }) } } },
    async () => app.swagger(),
  );
}

export default fp(docsPlugin, { name: 'docs' });
