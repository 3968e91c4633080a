import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Serves the built dashboard at `/`, or a page that says how to build it. */
async function staticWebPlugin(app: FastifyInstance): Promise<void> {
  const webDir = app.settings.webDir;
  if (webDir !== undefined && existsSync(join(webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: webDir, prefix: '/', index: 'index.html', cacheControl: false, setHeaders: cacheHeaders });
    return;
  }
  app.get('/', { schema: { hide: true } }, async (_req, reply) => {
    reply.type('text/html; charset=utf-8');
    return `<!doctype html><title>latency-dash</title><body style="font-family:system-ui;max-width:40em;margin:4em auto">
<h1>latency-dash</h1><p>The server is running, but the dashboard is not built${webDir ? ` (no index.html in <code>${escapeHtml(webDir)}</code>)` : ''}.</p>
<p>Run <code>npm run build</code> (or <code>npm start</code>, which builds first), then reload.</p>
<p>The API is up: <a href="/docs">/docs</a>, <a href="/api/v1/targets">/api/v1/targets</a>, <a href="/health">/health</a>, <a href="/metrics">/metrics</a>.</p></body>`;
  });
}

// Vite fingerprints everything under assets/, so those can be cached for
// good; index.html must always be revalidated to pick up a new build.
function cacheHeaders(reply: { header(name: string, value: string): unknown }, path: string): void {
  reply.header('Cache-Control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

export default fp(staticWebPlugin, { name: 'static-web', dependencies: ['settings'] });
