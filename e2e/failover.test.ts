import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../scripts/lib/spawn-server.js';
import { assertWebBuilt, launchBrowser, NO_BROWSER, postEvents } from './browser.js';

/** Generous: a wait is a failure detector, and a busy 2-core machine runs Chromium, two servers and the tests at once. */
const WAIT_MS = 60_000;

/**
 * A dashboard given several servers (`?ws=a,b`, the nodes of a cluster)
 * keeps going through the next one when its node stops. Two real servers,
 * each with its own numbers for the same target, so the rows on screen say
 * which one is being shown.
 */
describe('dashboard with several servers in Chromium', () => {
  let browser: Browser | undefined;
  let a: ServerProcess;
  let b: ServerProcess;
  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    a = await spawnServer(['--no-demo', '--history', ':memory:']);
    // The page comes from a: b must let that origin open its WebSocket.
    b = await spawnServer(['--no-demo', '--history', ':memory:', '--allowed-origins', a.url]);
  });
  after(async () => {
    await browser?.close();
    await a?.stop();
    await b?.stop();
  });

  test('moves to the next server when its own stops, and shows that server`s rows', async (t) => {
    if (!browser) return t.skip(NO_BROWSER);
    await postEvents(a.url, [{ targetId: 'shop', key: 'on-a', valueMs: 10 }]);
    await postEvents(b.url, [{ targetId: 'shop', key: 'on-b', valueMs: 20 }]);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(WAIT_MS);
    const wsA = `${a.wsUrl}`;
    const wsB = `${b.wsUrl}`;
    await page.goto(`${a.url}/?targets=shop&ws=${encodeURIComponent(`${wsA},${wsB}`)}`);
    const badge = page.getByTestId('connection');
    await page.locator('[role=row][data-key="on-a"]').waitFor();
    assert.equal(await badge.getAttribute('data-endpoint'), wsA);

    // a goes away (1001): the page tries b next and subscribes there.
    assert.equal(await a.stop(), 0);
    await page.locator('[data-testid=connection][data-status=connected][data-endpoint="' + wsB + '"]').waitFor();
    await page.locator('[role=row][data-key="on-b"]').waitFor();
    assert.equal(await page.locator('[role=row][data-key="on-a"]').count(), 0, "a's rows are gone: the snapshot from b replaced them");
    assert.match((await badge.getAttribute('title')) ?? '', new RegExp(`via ${wsB}`));
    await page.close();
  });
});
