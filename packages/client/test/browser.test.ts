import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, test } from 'node:test';
import { build, type Metafile } from 'esbuild';
import type { Browser } from 'playwright-core';
import { launchBrowser, NO_BROWSER } from '../../../e2e/browser.js';
import type { ClientStats } from '../src/index.js';
import { eventCounts, startServer, type Running } from './support.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** Bundles `import '@latency-dash/client'` as an application's bundler would for `platform`. */
async function bundle(platform: 'browser' | 'node'): Promise<{ code: string; inputs: string[] }> {
  const result = await build({
    stdin: { contents: "import { createClient } from '@latency-dash/client'; globalThis.LatencyDash = { createClient };", resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    platform,
    format: platform === 'browser' ? 'iife' : 'esm',
    // The workspace's TypeScript sources, as the rest of the repository runs them.
    conditions: ['source'],
    metafile: true,
    logLevel: 'silent',
  });
  return { code: result.outputFiles[0].text, inputs: Object.keys((result.metafile as Metafile).inputs) };
}

let browserBundle: ReturnType<typeof bundle> | undefined;
const bundleForBrowser = () => (browserBundle ??= bundle('browser'));

const nodeOnly = (inputs: string[]) =>
  inputs.filter((i) => i.startsWith('node:') || /node_modules\/ws\//.test(i) || /packages\/client\/src\/index\.ts$/.test(i));

test('the browser build has no Node module and no ws in it', async () => {
  const browser = await bundleForBrowser();
  assert.deepEqual(nodeOnly(browser.inputs), []);
  assert.ok(browser.inputs.some((i) => i.endsWith('packages/client/src/browser.ts')));
  assert.doesNotMatch(browser.code, /\bimport\(\s*["']ws["']\s*\)|require\(\s*["']ws["']\s*\)|["']node:/);
  // The same check finds ws in the Node build, so it would find it in the browser's.
  const node = await bundle('node');
  assert.ok(
    nodeOnly(node.inputs).some((i) => /node_modules\/ws\//.test(i)),
    `node build inputs: ${node.inputs.join(', ')}`,
  );
});

let server: Running;
let browser: Browser | undefined;
let webDir: string;
before(async () => {
  // The page comes from the server itself, as an application's page would (Chromium blocks a page it cannot place
  // in the local network from opening sockets to it).
  webDir = mkdtempSync(join(tmpdir(), 'ld-client-page-'));
  writeFileSync(join(webDir, 'client.js'), (await bundleForBrowser()).code);
  writeFileSync(join(webDir, 'index.html'), '<!doctype html><title>client test</title><script src="/client.js"></script>');
  server = await startServer({ webDir });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server.close();
  rmSync(webDir, { recursive: true, force: true });
});

for (const transport of ['http', 'websocket'] as const) {
  test(`in Chromium, the browser build delivers over ${transport}`, async (t) => {
    if (browser === undefined) return t.skip(NO_BROWSER);
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}/`);
      const target = `browser-${transport}`;
      const stats = await page.evaluate(
        async ({ target, transport }) => {
          const { createClient } = (globalThis as unknown as { LatencyDash: typeof import('../src/browser.js') }).LatencyDash;
          const ld = createClient({ url: location.origin, transport, maxBatchEvents: 40, maxRetries: 2 });
          for (let i = 0; i < 250; i++) ld.record(target, `k${i % 3}`, i / 10, { page: 'test' });
          await ld.time(target, 'fetch', () => fetch('/health'));
          const { stats } = await ld.close();
          return { ...stats, lastError: stats.lastError?.message };
        },
        { target, transport },
      );
      assert.deepEqual(
        { delivered: stats.delivered, refused: stats.refused, failed: stats.failed },
        { delivered: 251, refused: 0, failed: 0 } satisfies Partial<ClientStats>,
        `last error: ${stats.lastError}`,
      );
      assert.equal((await eventCounts(server.url))[target], 251);
    } finally {
      await page.close();
    }
  });
}
