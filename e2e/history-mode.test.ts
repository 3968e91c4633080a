import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { HistoryPoint, HistoryResult } from '@latency-dash/protocol';
import { rate } from '@latency-dash/protocol/live';
import type { Browser, Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../scripts/lib/spawn-server.js';
import { launchBrowser, NO_BROWSER, postEvents, assertWebBuilt } from './browser.js';

const SHOTS = fileURLToPath(new URL('../test-results/', import.meta.url));

/** Generous: a wait is a failure detector, and a busy 2-core machine runs Chromium, the server and the tests at once. */
const WAIT_MS = 60_000;
const TARGET = 'hist';
const SECONDS = 4;

/** Resolves once the wall clock (the server's too: same machine) is in the next second. */
async function nextSecond(): Promise<void> {
  const second = Math.floor(Date.now() / 1000);
  while (Math.floor(Date.now() / 1000) === second) await new Promise((r) => setTimeout(r, 1000 - (Date.now() % 1000) + 1));
}

const close = (actual: number, expected: number, what: string) =>
  assert.ok(Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected)), `${what}: ${actual} vs ${expected} from the API`);

/** min/max/mean/last over values, in order: what the legend must show. */
function stats(values: number[]): Record<'min' | 'max' | 'mean' | 'last', number> {
  return { min: Math.min(...values), max: Math.max(...values), mean: values.reduce((s, v) => s + v, 0) / values.length, last: values[values.length - 1]! };
}

/**
 * History mode is one mode (issue 11): the cards, charts and table answer for
 * the chosen range, custom ranges and drag-to-zoom land in the URL, a
 * comparison without earlier data says so, the rows picked in the table are
 * charted, and the legends' min/max/mean/last are the API's figures.
 */
describe('history mode in Chromium against a real server and SQLite file', () => {
  let browser: Browser | undefined;
  let server: ServerProcess;
  let dir: string;
  let firstMs = 0;
  let lastMs = 0;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    dir = mkdtempSync(join(tmpdir(), 'ld-history-mode-'));
    server = await spawnServer(['--no-demo', '--history', join(dir, 'history.db')]);
    mkdirSync(SHOTS, { recursive: true });
    // History is kept per second of arrival and cannot be posted into the past:
    // one batch in each of a few seconds, with figures that differ by second.
    firstMs = Date.now();
    for (let s = 1; s <= SECONDS; s++) {
      await postEvents(server.url, [
        { targetId: TARGET, key: 'api', valueMs: 10 * s, payloadSize: 100 * s },
        { targetId: TARGET, key: 'api', valueMs: 10 * s + 5, payloadSize: 100 },
        { targetId: TARGET, key: 'db', valueMs: s, payloadSize: 10 },
      ]);
      if (s < SECONDS) await nextSecond();
    }
    lastMs = Date.now();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(path: string): Promise<Page> {
    const page = await browser!.newPage({ viewport: { width: 1400, height: 1000 } });
    page.setDefaultTimeout(WAIT_MS);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('close', () => assert.deepEqual(errors, [], 'no uncaught errors in the page'));
    await page.goto(`${server.url}${path}`);
    return page;
  }

  async function history(fromMs: number, toMs: number, step?: 'all'): Promise<HistoryResult> {
    const q = new URLSearchParams({ target: TARGET, split: 'false', from: String(fromMs), to: String(toMs) });
    if (step) q.set('step', step);
    const res = await fetch(`${server.url}/api/v1/history?${q}`);
    assert.equal(res.status, 200);
    return (await res.json()) as HistoryResult;
  }

  /** Waits for the range's answer to be drawn (the note stops saying "Loading…"). */
  const loaded = (page: Page) =>
    page.waitForFunction(() => !(document.querySelector('[data-testid=history-note]')?.textContent ?? 'Loading').includes('Loading'));
  const cardValue = async (page: Page, id: string) => Number(await page.getByTestId(`card-${id}`).getAttribute('data-value'));
  const legendSeries = (page: Page) => page.locator('[data-testid=legend-p90] tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-series')));
  const customLink = (fromMs: number, toMs: number) =>
    `/?targets=${TARGET}&range=custom&from=${new Date(fromMs).toISOString()}&to=${new Date(toMs).toISOString()}`;

  test('a relative range: cards, pie and table answer for the range; leaving it leaves no history figure in the live sparklines', async (t) => {
    if (!browser) return t.skip(NO_BROWSER);
    const page = await open(`/?targets=${TARGET}&range=15m`);
    await page.locator('section.cards[data-mode=history]').waitFor();
    await loaded(page);
    await page.waitForFunction(() => document.querySelector('[data-testid=card-active]')?.getAttribute('data-value') === '2');

    // Any 15 min window holding every event has the same averages (events over 900 s).
    const now = Date.now();
    const whole = await history(now - 15 * 60_000, now, 'all');
    const points = whole.series.map((s) => s.points[0]!);
    close(
      await cardValue(page, 'events'),
      points.reduce((n, p) => n + p.eventsPerSecond, 0),
      'Events/s card',
    );
    close(
      await cardValue(page, 'throughput'),
      points.reduce((n, p) => n + p.throughput, 0),
      'Throughput card',
    );
    close(await cardValue(page, 'worst-p90'), Math.max(...points.map((p) => p.p90)), 'Worst p90 card');
    assert.match(await page.getByTestId('card-events').innerText(), /\(avg\)/i, 'says it is an average over the range');
    const events = points.reduce((n, p) => n + p.events, 0);
    assert.match(
      await page.getByTestId('card-events').innerText(),
      new RegExp(`${events} events in the range`),
      'a count that reads even when the average is 0.0/s',
    );

    // What history does not keep says so, instead of "0 B" and "2 s ago".
    for (const col of ['lastPayload', 'lastUpdateMs']) assert.equal(await page.locator(`[data-key=api] [data-col=${col}]`).textContent(), 'live only');
    // The pie: events/s by key, averaged over the range.
    const api = whole.series.find((s) => s.key === 'api')!.points[0]!;
    await page
      .locator('.pie li', { hasText: `${rate(api.eventsPerSecond)}/s` })
      .first()
      .waitFor();
    await page.screenshot({ path: `${SHOTS}history-range-cards.png`, fullPage: true });

    // The live timeline kept sampling while the range was shown: two more seconds of it.
    const tick = Number(await page.locator('section.cards').getAttribute('data-tick'));
    await page.waitForFunction((t0) => Number(document.querySelector('section.cards')?.getAttribute('data-tick')) >= t0 + 2, tick);
    const rangeThroughput = await cardValue(page, 'throughput');
    await page.getByTestId('range').selectOption('live');
    await page.locator('section.cards[data-mode=live]').waitFor();
    // Back in live mode, the sparklines hold live figures only: none of the samples is the range's average.
    const spark = (await page.locator('[data-testid=card-throughput] svg.spark').getAttribute('data-values')) ?? '';
    const values = spark
      .split(',')
      .filter((v) => v !== '')
      .map(Number);
    assert.ok(values.length >= 2, `the live sparkline has its samples: ${spark}`);
    assert.ok(!values.some((v) => Math.abs(v - rangeThroughput) < 1e-9), `no history figure (${rangeThroughput}) among the live samples ${spark}`);
    await page.close();
  });

  test('a link with a custom range opens it; legends show min/max/mean/last from the API; drag-to-zoom sets the range in the URL and a reload keeps it', async (t) => {
    if (!browser) return t.skip(NO_BROWSER);
    const fromMs = Math.floor(firstMs / 1000) * 1000 - 2000;
    const toMs = Math.ceil(lastMs / 1000) * 1000 + 2000;
    const page = await open(customLink(fromMs, toMs));
    await page.locator('section.cards[data-mode=history]').waitFor();
    await loaded(page);
    assert.equal(await page.getByTestId('range').inputValue(), 'custom');
    // In the browser's time zone (a string: tsx's helpers do not exist in the page).
    const localFrom = await page.evaluate<string>(
      `(() => { const d = new Date(${fromMs}); const p = (n) => String(n).padStart(2, '0');
        return d.getFullYear() + '-' + p(d.getMonth() + 1) + '-' + p(d.getDate()) + 'T' + p(d.getHours()) + ':' + p(d.getMinutes()) + ':' + p(d.getSeconds()); })()`,
    );
    assert.equal(await page.getByTestId('range-from').inputValue(), localFrom);

    // The legends, against the same range asked of the API (per-second buckets).
    const overTime = await history(fromMs, toMs);
    assert.equal(overTime.stepS, 1);
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=legend-p90] tbody tr').length === 2);
    for (const s of overTime.series) {
      const want = stats(s.points.filter((p) => p.samples > 0).map((p) => p.p90));
      const row = page.locator(`[data-testid=legend-p90] tr[data-series="${TARGET}/${s.key}"]`);
      for (const [stat, value] of Object.entries(want)) {
        assert.equal(Number(await row.locator(`[data-stat=${stat}]`).getAttribute('data-value')), value, `${s.key} ${stat}`);
        assert.match(await row.locator(`[data-stat=${stat}]`).innerText(), / ms$/, 'in the unit of the metric');
      }
    }
    // Throughput over time: every second of the range, 0 B/s where no event came.
    const byTime = new Map<number, number>();
    const stepMs = overTime.stepS * 1000;
    for (let t = Math.floor(fromMs / stepMs) * stepMs; t < toMs; t += stepMs) byTime.set(t, 0);
    for (const s of overTime.series) for (const p of s.points as HistoryPoint[]) if (p.events > 0) byTime.set(p.t, byTime.get(p.t)! + p.throughput);
    assert.ok([...byTime.values()].filter((v) => v > 0).length >= SECONDS, 'a second of events at least for each batch');
    const tp = stats([...byTime.entries()].sort((a, b) => a[0] - b[0]).map(([, v]) => v));
    const tpRow = page.locator('[data-testid=legend-throughput] tbody tr');
    for (const [stat, value] of Object.entries(tp))
      close(Number(await tpRow.locator(`[data-stat=${stat}]`).getAttribute('data-value')), value, `throughput ${stat}`);
    assert.match(await tpRow.locator('[data-stat=max]').innerText(), /B\/s$/);
    // Cards over this range too.
    const whole = await history(fromMs, toMs, 'all');
    close(
      await cardValue(page, 'events'),
      whole.series.reduce((n, s) => n + s.points[0]!.eventsPerSecond, 0),
      'Events/s card (custom range)',
    );
    await page.screenshot({ path: `${SHOTS}history-custom-range.png`, fullPage: true });

    // Drag across the middle half of the p90 chart.
    const over = page.locator('figure.wide .u-over');
    const box = (await over.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.25, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.75, box.y + box.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction((old) => new URL(location.href).searchParams.get('from') !== old, new Date(fromMs).toISOString());
    const q = new URL(page.url()).searchParams;
    assert.equal(q.get('range'), 'custom');
    const zoomFrom = Date.parse(q.get('from')!);
    const zoomTo = Date.parse(q.get('to')!);
    assert.ok(zoomFrom > fromMs && zoomTo < toMs && zoomTo > zoomFrom, `the zoomed range ${q.get('from')}–${q.get('to')} lies inside the old one`);
    await loaded(page);
    const zoomedFromInput = await page.getByTestId('range-from').inputValue();
    await page.screenshot({ path: `${SHOTS}history-zoomed.png`, fullPage: true });

    const url = page.url();
    await page.reload();
    await page.locator('section.cards[data-mode=history]').waitFor();
    assert.equal(page.url(), url);
    assert.equal(await page.getByTestId('range-from').inputValue(), zoomedFromInput);

    // Back undoes the zoom: the range before it, in the URL and the fields.
    await page.goBack();
    await page.waitForFunction((old) => new URL(location.href).searchParams.get('from') === old, new Date(fromMs).toISOString());
    assert.equal(await page.getByTestId('range-from').inputValue(), localFrom);
    await page.close();
  });

  test('a comparison without earlier data says so; the rows picked in the table are the history chart series', async (t) => {
    if (!browser) return t.skip(NO_BROWSER);
    const fromMs = Math.floor(firstMs / 1000) * 1000 - 2000;
    const toMs = Math.ceil(lastMs / 1000) * 1000 + 2000;
    const page = await open(customLink(fromMs, toMs));
    await loaded(page);
    await page.getByTestId('compare').selectOption('1d');
    await page.getByTestId('no-earlier').waitFor();
    await loaded(page);
    assert.ok(
      (await legendSeries(page)).every((s) => !s!.includes('(earlier)')),
      'no "(earlier)" entries',
    );
    await page.waitForFunction(() => document.querySelector('[data-testid=card-events] .trend')?.textContent?.includes('no earlier data'));
    await page.screenshot({ path: `${SHOTS}history-no-earlier.png`, fullPage: true });

    await page.getByTestId('compare').selectOption('');
    await page.getByTestId('no-earlier').waitFor({ state: 'detached' });
    assert.deepEqual((await legendSeries(page)).sort(), [`${TARGET}/api`, `${TARGET}/db`]);
    // A click picks db alone; Enter on the api row adds it.
    await page.locator('[role=row][data-key=db]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=legend-p90] tbody tr').length === 1);
    assert.deepEqual(await legendSeries(page), [`${TARGET}/db`]);
    await page.locator('[role=row][data-key=api]').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=legend-p90] tbody tr').length === 2);
    assert.deepEqual((await legendSeries(page)).sort(), [`${TARGET}/api`, `${TARGET}/db`]);
    await page.screenshot({ path: `${SHOTS}history-selected-rows.png`, fullPage: true });
    await page.close();
  });
});
