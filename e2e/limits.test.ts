import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../scripts/lib/spawn-server.js';
import { launchBrowser, NO_BROWSER } from './browser.js';

/**
 * A producer that sends more keys than the server keeps: the dashboard
 * says the target is at its limit and how many events were dropped, and
 * the series it has keep showing.
 */
describe('dashboard and cardinality limits', () => {
  let browser: Browser | undefined;
  let server: ServerProcess;

  before(async () => {
    browser = await launchBrowser();
    // Two series per target: one key's combined and split series.
    server = await spawnServer(['--no-demo', '--history', ':memory:', '--max-series-per-target', '2']);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('a target at its series limit is named, with the events dropped', async (t) => {
    if (!browser) return t.skip(NO_BROWSER);
    const events = ['api', 'db', 'cache'].map((key) => ({ targetId: 'lim', key, valueMs: 5 }));
    const res = await fetch(`${server.url}/api/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ events }),
    });
    const ack = (await res.json()) as { accepted: number; rejected: { code: string }[] };
    assert.equal(ack.accepted, 1);
    assert.deepEqual(
      ack.rejected.map((r) => r.code),
      ['LD_ERR_SERIES_LIMIT', 'LD_ERR_SERIES_LIMIT'],
    );

    const page = await browser.newPage();
    await page.goto(`${server.url}/?targets=lim`);
    const note = page.getByTestId('limit-note');
    await note.waitFor({ timeout: 30_000 });
    assert.match((await note.textContent()) ?? '', /lim \(2 events dropped\)/);
    await page.locator('[data-key="api"]').first().waitFor();
    assert.equal(await page.locator('[data-key="db"]').count(), 0);
    await page.close();
  });
});
