import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { decodeServerMessage } from '@latency-dash/protocol';
import type { Page } from 'playwright-core';
import { spawnServer } from '../scripts/lib/spawn-server.js';
import { launchBrowser, NO_BROWSER, postEvents, browserSuite } from './browser.js';

const SHOTS = fileURLToPath(new URL('../test-results/', import.meta.url));

/** Generous: a wait is a failure detector, and a busy 2-core machine runs Chromium, the server and the tests at once. */
const WAIT_MS = 60_000;

/**
 * Records, from the frames the page receives over its WebSocket, the last
 * throughput and events/s the server sent for each series, by
 * "target/combined|split/key". Call before the page connects.
 */
function recordUpdates(page: Page): Map<string, { throughput: number; eventsPerSecond: number }> {
  const keyOf = new Map<string, string>(); // stream/seriesId → key (labels come on first sight only)
  const last = new Map<string, { throughput: number; eventsPerSecond: number }>();
  page.on('websocket', (ws) =>
    ws.on('framereceived', ({ payload }) => {
      if (typeof payload === 'string') return;
      const m = decodeServerMessage(payload);
      if (m.msg !== 'batch') return;
      const b = m.batch!;
      const stream = `${b.targetId}/${b.splitByMetadata ? 'split' : 'combined'}`;
      for (const u of b.updates) {
        if (u.key) keyOf.set(`${stream}/${u.seriesId}`, u.key);
        // A field delta leaves out what did not change: apply it onto the previous row.
        const k = `${stream}/${keyOf.get(`${stream}/${u.seriesId}`)}`;
        const prev = last.get(k);
        last.set(k, {
          throughput: u.throughput ?? prev?.throughput ?? 0,
          eventsPerSecond: u.eventsPerSecond ?? prev?.eventsPerSecond ?? 0,
        });
      }
    }),
  );
  return last;
}

const cell = (page: Page, key: string, col: string, nth = 0) => page.locator(`[data-key="${key}"] [data-col="${col}"]`).nth(nth);
const keysInOrder = (page: Page) =>
  page
    .locator('[role=row][data-key]')
    .evaluateAll((els) => els.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).map((e) => e.getAttribute('data-key')));

describe('dashboard in Chromium against the real server', () => {
  const suite = browserSuite(['--no-demo', '--history', ':memory:'], SHOTS);

  async function open(path: string, beforeLoad?: (page: Page) => void): Promise<Page> {
    const page = await suite.browser!.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    page.setDefaultTimeout(WAIT_MS);
    beforeLoad?.(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${suite.server.url}${path}`);
    page.on('close', () => assert.deepEqual(errors, [], 'no uncaught errors in the page'));
    return page;
  }

  test('rows appear and update live; sorting holds while values change', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    await postEvents(suite.server.url, [
      { targetId: 'e2e-a', key: 'api', valueMs: 10 },
      { targetId: 'e2e-a', key: 'db', valueMs: 20 },
      { targetId: 'e2e-a', key: 'auth', valueMs: 30 },
    ]);
    const page = await open('/?targets=e2e-a&sort=p99&dir=desc');
    await page.locator('[data-testid=connection][data-status=connected]').waitFor();
    await page.getByText('3 of 3 series').waitFor();
    assert.equal(await cell(page, 'api', 'p99').textContent(), '10.0');
    assert.deepEqual(await keysInOrder(page), ['auth', 'db', 'api']);

    // Once the first highlights have faded, api becomes the slowest: the order follows, still by p99 descending.
    await page.waitForFunction(() => document.querySelectorAll('.td.flash').length === 0);
    // The highlight (on the cells that changed) is short, which a check after the fact can miss on a
    // busy machine: note every row that shows it, as the DOM changes.
    await page.evaluate(() => {
      const flashed = new Set<string>();
      (window as unknown as { flashed: Set<string> }).flashed = flashed;
      new MutationObserver(() => {
        // Rates are left out: they fall for every row as events leave the 10 s window, a real change too.
        for (const el of document.querySelectorAll('.td.flash:not([data-col=eventsPerSecond]):not([data-col=throughput])'))
          flashed.add(el.closest('[data-key]')?.getAttribute('data-key') ?? '?');
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class', 'data-key'] });
    });
    await postEvents(suite.server.url, [{ targetId: 'e2e-a', key: 'api', valueMs: 99 }]);
    await page.waitForFunction(() => document.querySelector('[data-key="api"] [data-col="p99"]')?.textContent === '99.0');
    // The row that changed is highlighted; the ones that did not change are not.
    await page.waitForFunction(() => (window as unknown as { flashed: Set<string> }).flashed.has('api'));
    assert.deepEqual(await page.evaluate(() => [...(window as unknown as { flashed: Set<string> }).flashed]), ['api']);
    assert.equal(await cell(page, 'api', 'count').textContent(), '2');
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('[role=row][data-key]')]
          .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top)[0]
          ?.getAttribute('data-key') === 'api',
    );
    assert.deepEqual(await keysInOrder(page), ['api', 'auth', 'db']);
    assert.equal(await page.locator('[role=columnheader][data-col=p99]').getAttribute('aria-sort'), 'descending');

    // Sort by key, ascending, by clicking its header; an update keeps that order.
    await page.locator('[role=columnheader][data-col=key]').click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('sort') === 'key');
    assert.deepEqual(await keysInOrder(page), ['api', 'auth', 'db']);
    await postEvents(suite.server.url, [{ targetId: 'e2e-a', key: 'db', valueMs: 500 }]);
    await page.waitForFunction(() => document.querySelector('[data-key="db"] [data-col="p99"]')?.textContent === '500');
    assert.deepEqual(await keysInOrder(page), ['api', 'auth', 'db']);
    // Threshold colouring with a shape cue: 500 ms against a 400 ms threshold is red.
    await page.locator('[data-testid=threshold]').fill('400');
    await page.locator('[data-key="db"] [data-col="p99"].bad .cue').waitFor();
    await page.close();
  });

  test('split toggle, filters and column visibility', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    await postEvents(suite.server.url, [
      { targetId: 'e2e-b', key: 'api', metadata: { tier: 'free' }, valueMs: 5 },
      { targetId: 'e2e-b', key: 'api', metadata: { tier: 'premium' }, valueMs: 6 },
      { targetId: 'e2e-b', key: 'db', metadata: { tier: 'free' }, valueMs: 7 },
    ]);
    const page = await open('/?targets=e2e-b');
    await page.getByText('2 of 2 series').waitFor();
    await page.locator('[data-testid=split-toggle]').check();
    await page.getByText('3 of 3 series').waitFor();
    assert.equal(await page.locator('[data-key="api"] [data-col="metadata"]').count(), 2);
    await page.locator('[data-testid=meta-filter]').fill('tier=premium');
    await page.getByText('1 of 3 series').waitFor();
    assert.equal(await cell(page, 'api', 'metadata').textContent(), 'tier=premium');
    await page.locator('[data-testid=meta-filter]').fill('');
    await page.locator('[data-testid=key-filter]').fill('db');
    await page.getByText('1 of 3 series').waitFor();
    assert.deepEqual(await keysInOrder(page), ['db']);
    assert.match(page.url(), /filter=db/);
    assert.match(page.url(), /split=1/);

    // Hide a column; it stays hidden after a reload.
    await page.locator('[data-testid=columns-menu]').click();
    await page.locator('[data-testid=col-toggle-p50]').uncheck();
    assert.equal(await page.locator('[role=columnheader][data-col=p50]').count(), 0);
    await page.reload();
    await page.getByText('1 of 3 series').waitFor();
    assert.equal(await page.locator('[role=columnheader][data-col=p50]').count(), 0);
    assert.equal(await page.locator('[role=columnheader][data-col=p90]').count(), 1);
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  test('pause freezes the view; resume catches up', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    await postEvents(suite.server.url, [{ targetId: 'e2e-c', key: 'api', valueMs: 1 }]);
    const page = await open('/?targets=e2e-c');
    await page.getByText('1 of 1 series').waitFor();
    await page.keyboard.press('p');
    await page.locator('[data-testid=paused-note]').waitFor();
    assert.equal(await page.getByTestId('paused-changes').textContent(), '0');
    await postEvents(suite.server.url, [{ targetId: 'e2e-c', key: 'api', valueMs: 2 }]);
    // The update reached the page (the note counts it), yet the table still shows the old values.
    await page.waitForFunction(() => Number(document.querySelector('[data-testid=paused-changes]')?.textContent) >= 1);
    assert.equal(await cell(page, 'api', 'count').textContent(), '1', 'frozen while paused');
    await page.locator('[data-testid=pause]').click();
    await page.waitForFunction(() => document.querySelector('[data-key="api"] [data-col="count"]')?.textContent === '2');
    await page.close();
  });

  test('CSV and JSON exports hold exactly the rows and columns shown, with the live values', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    await postEvents(suite.server.url, [
      { targetId: 'e2e-d', key: 'api', valueMs: 12.5, payloadSize: 100 },
      { targetId: 'e2e-d', key: 'db', valueMs: 40, payloadSize: 300 },
      { targetId: 'e2e-d', key: 'db', valueMs: 60, payloadSize: 500 },
    ]);
    let received = new Map<string, { throughput: number; eventsPerSecond: number }>();
    const page = await open('/?targets=e2e-d&filter=db', (p) => (received = recordUpdates(p)));
    await page.getByText('1 of 2 series').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-testid=export-csv]').click()]);
    const lines = readFileSync((await download.path())!, 'utf8')
      .trim()
      .split('\n');
    assert.equal(
      lines[0],
      'target,key,metadata,min_ms,max_ms,avg_ms,p50_ms,p90_ms,p95_ms,p99_ms,avg_processing_ms,throughput_bytes_per_s,events_per_s,last_payload_bytes,count,last_update',
    );
    assert.equal(lines.length, 2);
    const cells = lines[1].split(',');
    assert.deepEqual(cells.slice(0, 10), ['e2e-d', 'db', '', '40', '60', '50', '40', '60', '60', '60']);
    // Throughput and events/s exactly as the server sent them to the page. (The
    // server's figures cover the last 10 s at the time it computes them: asked
    // again now, they would differ once the events' second has left the window,
    // which a busy machine can reach before this line.)
    const db = received.get('e2e-d/combined/db');
    assert.ok(db, 'the page got the db series over its WebSocket');
    assert.equal(Number(cells[11]), db.throughput);
    assert.equal(Number(cells[12]), db.eventsPerSecond);
    assert.ok(db.throughput > 0);
    assert.deepEqual(cells.slice(13, 15), ['500', '2']);
    assert.ok(Math.abs(Date.parse(cells[15]) - Date.now()) < 60_000, `last_update ${cells[15]} is an ISO time of now`);
    assert.match(download.suggestedFilename(), /^latency-.*\.csv$/);

    // Hide a column, show both rows: the JSON export follows what is shown.
    await page.locator('[data-testid=key-filter]').fill('');
    await page.getByText('2 of 2 series').waitFor();
    await page.locator('[data-testid=columns-menu]').click();
    await page.locator('[data-testid=col-toggle-p50]').uncheck();
    await page.locator('[data-testid=columns-menu]').click();
    const [json] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('j')]);
    const rows = JSON.parse(readFileSync((await json.path())!, 'utf8')) as Record<string, unknown>[];
    assert.equal(rows.length, 2);
    const api = rows.find((r) => r.key === 'api')!;
    assert.equal(api.p50_ms, undefined, 'hidden column left out');
    assert.deepEqual([api.target, api.count, api.last_payload_bytes], ['e2e-d', 1, 100]);
    assert.deepEqual(
      rows.map((r) => r.key),
      ['db', 'api'],
      'in the order shown (p90, highest first)',
    );
    await page.evaluate(() => localStorage.clear());
    await page.close();
  });

  test('falls back to HTTP polling when the WebSocket cannot connect', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    await postEvents(suite.server.url, [{ targetId: 'e2e-e', key: 'api', valueMs: 3 }]);
    // Port 9 (discard) refuses: every WebSocket attempt fails.
    const page = await open('/?targets=e2e-e&ws=ws://127.0.0.1:9/ws');
    await page.locator('[data-testid=connection][data-status=polling]').waitFor();
    await page.getByText('1 of 1 series').waitFor();
    await postEvents(suite.server.url, [{ targetId: 'e2e-e', key: 'api', valueMs: 4 }]);
    await page.waitForFunction(() => document.querySelector('[data-key="api"] [data-col="count"]')?.textContent === '2');
    await page.close();
  });

  test('history range with comparison, from the real SQLite rollups', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    await postEvents(suite.server.url, [
      { targetId: 'e2e-h', key: 'api', valueMs: 100 },
      { targetId: 'e2e-h', key: 'api', valueMs: 200 },
      { targetId: 'e2e-h', key: 'db', valueMs: 5 },
    ]);
    const page = await open('/?targets=e2e-h');
    await page.getByText('2 of 2 series').waitFor();
    await page.locator('[data-testid=range]').selectOption('15m');
    await page.locator('[data-testid=history-note]').waitFor();
    await page.waitForFunction(() => document.querySelector('[data-key="api"] [data-col="count"]')?.textContent === '2');
    assert.equal(await cell(page, 'api', 'max').textContent(), '200');
    assert.equal(await cell(page, 'api', 'min').textContent(), '100');
    await page.locator('[data-testid=compare]').selectOption('1d');
    await page.getByText('compared with a day earlier').waitFor();
    assert.match(page.url(), /range=15m/);
    assert.match(page.url(), /compare=1d/);
    await page.screenshot({ path: `${SHOTS}dashboard-history.png` });
    await page.locator('[data-testid=range]').selectOption('live');
    await page.locator('[data-testid=history-note]').waitFor({ state: 'detached' });
    await page.close();
  });

  test('alert rules are managed in the UI and firing alerts show up', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    await postEvents(suite.server.url, [{ targetId: 'e2e-alert', key: 'api', valueMs: 10 }]);
    const page = await open('/?targets=e2e-alert');
    await page.locator('[data-testid=alerts-open]').click();
    await page.locator('[data-testid=rule-name]').fill('api too slow');
    await page.locator('[data-testid=rule-targetPattern]').fill('e2e-alert');
    await page.locator('[data-testid=rule-threshold]').fill('500');
    await page.locator('[data-testid=rule-forS]').fill('0');
    await page.locator('[data-testid=rule-add]').click();
    await page.locator('[data-testid=rule-row]', { hasText: 'api too slow' }).waitFor();
    await page.keyboard.press('Escape');
    await postEvents(
      suite.server.url,
      Array.from({ length: 5 }, () => ({ targetId: 'e2e-alert', key: 'api', valueMs: 900 })),
    );
    await page.locator('[data-testid=alerts-bar]', { hasText: 'api too slow' }).waitFor();
    assert.match((await page.locator('[data-testid=alerts-open]').textContent()) ?? '', /1 firing/);
    // Delete the rule: the alert resolves and the bar goes away.
    await page.locator('[data-testid=alerts-open]').click();
    await page.locator('[data-testid=rule-row]', { hasText: 'api too slow' }).getByText('delete').click();
    await page.locator('[data-testid=rule-row]').first().waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await page.locator('[data-testid=alerts-bar]').waitFor({ state: 'detached' });
    await page.close();
  });

  test('screenshots, light and dark', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    const page = await open('/?targets=e2e-a,e2e-b&split=1');
    await page.getByText('6 of 6 series').waitFor();
    // Let the cards and charts take a few once-a-second samples before the picture.
    await page.waitForFunction(() => (document.querySelector('.spark-line')?.getAttribute('points') ?? '').split(' ').length >= 3);
    await page.screenshot({ path: `${SHOTS}dashboard-light.png` });
    await page.locator('[data-testid=theme-toggle]').click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
    assert.match(page.url(), /theme=dark/);
    await page.screenshot({ path: `${SHOTS}dashboard-dark.png` });
    await page.close();
  });
});

describe('reconnect after the server restarts', () => {
  test('the dashboard reconnects, resubscribes and shows data again', async (t) => {
    const browser = await launchBrowser();
    if (!browser) return t.skip(NO_BROWSER);
    let server = await spawnServer(['--no-demo', '--history', ':memory:']);
    const port = new URL(server.url).port;
    try {
      await postEvents(server.url, [{ targetId: 'restart', key: 'api', valueMs: 1 }]);
      const page = await browser.newPage();
      page.setDefaultTimeout(WAIT_MS);
      await page.goto(`${server.url}/?targets=restart`);
      await page.locator('[data-testid=connection][data-status=connected]').waitFor();
      await page.getByText('1 of 1 series').waitFor();
      await server.stop();
      await page.locator('[data-testid=connection][data-status=disconnected], [data-testid=connection][data-status=polling]').waitFor();
      // While it is down, the page says the figures are old.
      await page.locator('[data-testid=stale-banner]').waitFor();
      server = await spawnServer(['--no-demo', '--history', ':memory:', '--port', port]);
      await postEvents(server.url, [{ targetId: 'restart', key: 'api', valueMs: 7 }]);
      // Reconnect attempts back off up to 15 s apart while the server is down.
      await page.locator('[data-testid=connection][data-status=connected]').waitFor();
      assert.match((await page.locator('[data-testid=connection]').textContent()) ?? '', /1 reconnect\b/);
      await page.locator('[data-testid=stale-banner]').waitFor({ state: 'detached' });
      // A new server: the count restarts at 1, and the value is the new one.
      await page.waitForFunction(() => document.querySelector('[data-key="api"] [data-col="p99"]')?.textContent === '7.00');
      await page.close();
    } finally {
      await browser.close();
      await server.stop();
    }
  });
});
