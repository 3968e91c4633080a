import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ERROR_CODES, ERRORS } from '@latency-dash/protocol';
import { generatedPages } from '../src/docs/generated-pages.js';
import { startServer } from './helpers.js';

interface OpenApi {
  openapi: string;
  paths: Record<string, Record<string, { summary?: string; responses?: Record<string, unknown> }>>;
}

/** Routes that are not the API: the docs page's own files, the dashboard's files, CORS preflights, HEAD twins. */
const notApi = (method: string, url: string) =>
  method === 'HEAD' || method === 'OPTIONS' || url === '/docs' || url.startsWith('/docs/') || url === '/' || url === '/*';

test('the OpenAPI document covers every registered route, and /docs renders it', async () => {
  const run = await startServer();
  try {
    const res = await fetch(`${run.url}/api/v1/openapi.json`);
    assert.equal(res.status, 200);
    const doc = (await res.json()) as OpenApi;
    assert.match(doc.openapi, /^3\./);
    const routes = run.server.app.registeredRoutes.filter((r) => !notApi(r.method, r.url));
    assert.ok(routes.length >= 14, `only ${routes.length} routes seen`);
    for (const { method, url } of routes) {
      const path = url.replace(/:(\w+)/g, '{$1}');
      const op = doc.paths[path]?.[method.toLowerCase()];
      assert.ok(op, `${method} ${url} is missing from /api/v1/openapi.json`);
      assert.ok(op.summary, `${method} ${url} has no summary`);
      assert.ok(op.responses && Object.keys(op.responses).length > 0, `${method} ${url} declares no responses`);
    }
    assert.ok(doc.paths['/ws']?.get, 'the WebSocket endpoint is documented');

    const page = await fetch(`${run.url}/docs/`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /<html/i);
  } finally {
    await run.close();
  }
});

test('bad parameters get the registry status and a sentence naming the parameter', async () => {
  const run = await startServer();
  try {
    const cases: [string, RequestInit, number, RegExp][] = [
      ['/api/v1/history?step=all', {}, 400, /target is required/],
      ['/api/v1/history?target=x&split=maybe', {}, 400, /split must be true or false/],
      ['/api/v1/history?target=x&step=0', {}, 400, /step must be one of/],
      ['/api/v1/export?target=x&format=xml', {}, 400, /format must be one of csv, json/],
      ['/api/v1/alerts/rules/abc', { method: 'DELETE' }, 400, /id must be a whole number/],
      ['/api/v1/alerts/rules/99', { method: 'DELETE' }, 404, /no alert rule 99/],
      ['/api/v1/targets/nope', { method: 'DELETE' }, 404, /no target "nope"/],
      ['/api/v1/nothing-here', {}, 404, /no route for GET/],
    ];
    for (const [path, init, status, message] of cases) {
      const res = await fetch(`${run.url}${path}`, init);
      const body = (await res.json()) as { error: { code: keyof typeof ERRORS; message: string } };
      assert.equal(res.status, status, path);
      assert.equal(ERRORS[body.error.code].status, status, `${path}: the status is the registry's for ${body.error.code}`);
      assert.match(body.error.message, message, path);
    }
  } finally {
    await run.close();
  }
});

test('the generated pages (errors, settings) match their declarations', () => {
  for (const [path, text] of Object.entries(generatedPages())) {
    const file = readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8');
    assert.equal(file, text, `${path} is stale: run npm run docs`);
  }
  const errorsPage = generatedPages()['docs/errors.md'];
  for (const code of ERROR_CODES) assert.ok(errorsPage.includes(`\`${code}\``), `${code} is on the errors page`);
});
