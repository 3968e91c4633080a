import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { decodeClientMessage } from '@latency-dash/protocol';
import type { Page } from 'playwright-core';
import { NO_BROWSER, postEvents, browserSuite } from './browser.js';

/** Generous: a wait is a failure detector, and a busy 2-core machine runs Chromium, the server and the tests at once. */
const WAIT_MS = 60_000;
const TARGET = 'big';
/** Above the server's view threshold (set to 100 below), so the page browses the target through windows. */
const SERIES = 300;
const ROW_HEIGHT = 28;

interface ServerRow {
  key: string;
  p90: number;
}

/** The server's own snapshot of the target (the polling endpoint), as key and p90. */
async function serverRows(url: string): Promise<ServerRow[]> {
  const res = await fetch(`${url}/api/v1/targets/${TARGET}/series?split=false`);
  assert.equal(res.status, 200);
  const body = (await res.json()) as { updates: { key: string; p90Latency: number }[] };
  return body.updates.map((u) => ({ key: u.key, p90: u.p90Latency }));
}

/** The rows the page shows, by their place in the whole list (aria-rowindex counts the header as 1). */
const shownRows = (page: Page) =>
  page
    .locator('[role=row][data-key]')
    .evaluateAll((els) =>
      els.map((e) => ({ index: Number(e.getAttribute('aria-rowindex')) - 2, key: e.getAttribute('data-key') ?? '' })).sort((a, b) => a.index - b.index),
    );

/** Waits until the rows in view are all real (no placeholder) and start at `first` or below it, as the server's window arrived. */
async function windowSettled(page: Page, first: number): Promise<void> {
  await page.waitForFunction((f) => {
    const rows = [...document.querySelectorAll('[role=row][aria-rowindex]')].filter((e) => e.closest('.thead') === null);
    if (rows.length === 0 || document.querySelector('[data-testid=pending-row]') !== null) return false;
    return Math.min(...rows.map((e) => Number(e.getAttribute('aria-rowindex')) - 2)) <= f;
  }, first);
}

/** Each shown row is the server's row at that rank in `expected`. */
async function assertRowsMatch(page: Page, expected: readonly string[], what: string): Promise<void> {
  const shown = await shownRows(page);
  assert.ok(shown.length > 10, `${what}: rows shown (${shown.length})`);
  assert.deepEqual(
    shown.map((r) => r.key),
    shown.map((r) => expected[r.index]),
    `${what}: the rows shown are the server's rows at those ranks`,
  );
}

/** A large target in Chromium against the real server: the table shows the server's windows, sorted and filtered there. */
describe('windowed table in Chromium', () => {
  const suite = browserSuite(['--no-demo', '--history', 'off', '--view-threshold-series', '100']);

  test('scrolling, sorting and filtering a large target show the server’s rows in the server’s order', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    // SERIES keys with distinct latencies (7919 is prime, so i·7919 mod SERIES is a permutation): no ties to break.
    const events = [];
    for (let round = 0; round < 3; round++)
      for (let i = 0; i < SERIES; i++) events.push({ targetId: TARGET, key: `k-${String(i).padStart(4, '0')}`, valueMs: ((i * 7919) % SERIES) + 1 });
    await postEvents(suite.server.url, events);

    const page = await suite.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(WAIT_MS);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Every window the page asks for (its subscriptions' offsets), from its WebSocket frames: scrolling must be no storm.
    const sent: number[] = [];
    page.on('websocket', (ws) =>
      ws.on('framesent', (f) => {
        if (typeof f.payload === 'string') return;
        const view = decodeClientMessage(new Uint8Array(f.payload)).subscription?.view;
        if (view) sent.push(view.offset ?? 0);
      }),
    );
    await page.goto(`${suite.server.url}/?targets=${TARGET}`);
    // The whole target's count, though only a window of it is on the page.
    await page.getByText(`${SERIES} of ${SERIES} series`).waitFor();
    await page.getByTestId('window-note').waitFor();

    // The server's list at a quiet point (no events since): sorted as the table is, p90 descending.
    const rows = await serverRows(suite.server.url);
    assert.equal(rows.length, SERIES);
    const byP90 = [...rows].sort((a, b) => b.p90 - a.p90).map((r) => r.key);
    await windowSettled(page, 0);
    await assertRowsMatch(page, byP90, 'top, by p90');
    // Fewer rows on the page than the target has: a window, not the whole stream.
    assert.ok((await page.locator('[role=row][data-key]').count()) < SERIES);

    // Scroll near the bottom: placeholders until the window there arrives, then the server's rows at those ranks.
    const framesBefore = sent.length;
    const tbody = page.locator('.tbody');
    for (let y = 1000; y <= 230 * ROW_HEIGHT; y += 1000) await tbody.evaluate((el, top) => el.scrollTo({ top }), y);
    await tbody.evaluate((el, top) => el.scrollTo({ top }), 230 * ROW_HEIGHT);
    await windowSettled(page, 230);
    await assertRowsMatch(page, byP90, 'scrolled, by p90');
    assert.ok(sent.length > framesBefore, 'the scroll asked for new windows');
    assert.ok(sent.length - framesBefore <= 8, `a few windows for the scroll, not one per step (${sent.slice(framesBefore).join(' ')})`);

    // Sort by key through the server; the direction as the header says.
    await page.locator('[role=columnheader][data-col=key] button').click();
    const dir = await page.locator('[role=columnheader][data-col=key]').getAttribute('aria-sort');
    const byKey = rows.map((r) => r.key).sort();
    if (dir === 'descending') byKey.reverse();
    else assert.equal(dir, 'ascending');
    await page.waitForFunction(
      (k) => [...document.querySelectorAll('[role=row][data-key]')].some((e) => e.getAttribute('aria-rowindex') === '232' && e.getAttribute('data-key') === k),
      byKey[230],
    );
    await windowSettled(page, 230);
    await assertRowsMatch(page, byKey, `scrolled, by key ${dir}`);

    // A key filter goes to the server: the total is the server's count of matching keys.
    const matching = byKey.filter((k) => k.includes('k-01'));
    await tbody.evaluate((el) => el.scrollTo({ top: 0 }));
    await page.getByPlaceholder('Filter key or target').fill('k-01');
    await page.getByText(`${matching.length} of ${SERIES} series`).waitFor();
    await windowSettled(page, 0);
    await assertRowsMatch(page, matching, 'filtered k-01, by key');
    await page.close();
    assert.deepEqual(errors, [], 'no uncaught errors in the page');
  });
});
