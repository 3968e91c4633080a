import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../scripts/lib/spawn-server.js';
import { launchBrowser, NO_BROWSER } from './browser.js';

const WEB_DIST = fileURLToPath(new URL('../packages/web/dist/index.html', import.meta.url));
const KEY = 'e2e-read-key';

/**
 * A server that wants an API key: the dashboard without one (or with a
 * wrong one) stops trying and says what to do; with the key it is live.
 * The server refuses either on the WebSocket (close 4501/4503 after an
 * error message) or, once the page falls back to polling, with HTTP
 * 401/403: both must end in the same words on the page.
 */
describe('dashboard against a server with API keys', () => {
  let browser: Browser | undefined;
  let server: ServerProcess;

  before(async () => {
    assert.ok(existsSync(WEB_DIST), 'packages/web/dist is missing: run `npm run build -w @latency-dash/web` (npm test does)');
    browser = await launchBrowser();
    server = await spawnServer(['--no-demo', '--history', ':memory:', '--read-keys', KEY]);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A page in its own context (no API key kept from another test), and the requests it makes to /ws and /api. */
  async function open(path: string): Promise<{ page: Page; requests: string[] }> {
    const page = await browser!.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      const p = new URL(r.url()).pathname;
      if (p === '/ws' || p.startsWith('/api/')) requests.push(p);
    });
    page.on('close', () => assert.deepEqual(errors, [], 'no uncaught errors in the page'));
    await page.goto(`${server.url}${path}`);
    return { page, requests };
  }

  /** After the stop, nothing more is tried: a few backoff steps and poll intervals go by without a request. */
  async function assertQuiet(page: Page, requests: string[]): Promise<void> {
    const before = requests.length;
    await page.waitForTimeout(2500);
    assert.deepEqual(requests.slice(before), [], 'no reconnect or poll after a final refusal');
    assert.equal(await page.locator('[data-testid=connection]').getAttribute('data-status'), 'stopped');
  }

  test('without a key: stops and tells the user to open the page with ?apiKey=', async (t) => {
    if (!browser) return t.skip(NO_BROWSER);
    const { page, requests } = await open('/?targets=t');
    const banner = page.locator('[data-testid=stopped-banner]');
    await banner.waitFor({ timeout: 20_000 });
    const text = (await banner.textContent()) ?? '';
    assert.match(text, /needs an API key \(unauthorized\)/);
    assert.match(text, /\?apiKey=<key>/);
    // The server's own words follow.
    assert.match((await page.getByTestId('stopped-reason').textContent()) ?? '', /The server said: \S/);
    await assertQuiet(page, requests);
    await page.close();
  });

  test('the key prompt: typing the key in the banner makes the page live, without a key in the URL', async (t) => {
    if (!browser) return t.skip(NO_BROWSER);
    const { page } = await open('/?targets=t');
    const prompt = page.getByTestId('key-prompt');
    await prompt.waitFor({ timeout: 20_000 });
    await prompt.getByLabel('API key').fill(KEY);
    await prompt.getByRole('button', { name: 'Use this key' }).click();
    await page.locator('[data-testid=connection][data-status=connected]').waitFor({ timeout: 20_000 });
    assert.doesNotMatch(page.url(), /apiKey|e2e-read-key/);
    await page.close();
  });

  test('with a wrong key: stops and says the key was not accepted', async (t) => {
    if (!browser) return t.skip(NO_BROWSER);
    const { page, requests } = await open('/?targets=t&apiKey=not-the-key');
    const banner = page.locator('[data-testid=stopped-banner]');
    await banner.waitFor({ timeout: 20_000 });
    // 4501 (unknown key) or 4503 (a key without the right): either way the words name the key and the fix.
    assert.match((await banner.textContent()) ?? '', /(refused the API key|this API key).*\?apiKey=<key>/);
    await assertQuiet(page, requests);
    await page.close();
  });

  test('with the key: live, and the key leaves the address bar', async (t) => {
    if (!browser) return t.skip(NO_BROWSER);
    const { page } = await open(`/?targets=t&apiKey=${KEY}`);
    await page.locator('[data-testid=connection][data-status=connected]').waitFor();
    assert.doesNotMatch(page.url(), /apiKey/);
    assert.equal(await page.locator('[data-testid=stopped-banner]').count(), 0);
    await page.close();
  });
});
