import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import { spawnServer } from '../scripts/lib/spawn-server.js';
import { NO_BROWSER, postEvents, browserSuite } from './browser.js';

/** Where the browser tests leave their screenshots for review (gitignored). */
const SHOTS = fileURLToPath(new URL('../test-results/', import.meta.url));

/** Generous: a wait is a failure detector, and a busy 2-core machine runs Chromium, the server and the tests at once. */
const WAIT_MS = 60_000;

type Recorder = Window & { flashed: string[] };

const keysInOrder = (page: Page) =>
  page
    .locator('[role=row][data-key]')
    .evaluateAll((els) => els.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top).map((e) => e.getAttribute('data-key')));

const textOf = (page: Page, key: string, col: string) => page.locator(`[data-key="${key}"] [data-col="${col}"]`).textContent();

/** Waits until the page's clock has ticked once more: the "Updated … ago" text of `key` changes. */
async function nextClockTick(page: Page, key: string): Promise<void> {
  const before = await textOf(page, key, 'lastUpdateMs');
  await page.waitForFunction(([k, t]) => document.querySelector(`[data-key="${k}"] [data-col="lastUpdateMs"]`)?.textContent !== t, [key, before] as const);
}

/** The table, the breakdown and the empty and loading states in Chromium against the real server. */
describe('table and chart states in Chromium', () => {
  // The breakdown test below streams its 2,000 keys whole (so the bars cover every series): above the default view threshold.
  const suite = browserSuite(['--no-demo', '--history', ':memory:', '--view-threshold-series', '5000'], SHOTS);

  async function open(path: string, beforeLoad?: (page: Page) => Promise<void>): Promise<Page> {
    const page = await suite.browser!.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(WAIT_MS);
    await beforeLoad?.(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('close', () => assert.deepEqual(errors, [], 'no uncaught errors in the page'));
    await page.goto(`${suite.server.url}${path}`);
    return page;
  }

  test('only the cells whose values changed flash, briefly; the chosen row has its own colour', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    await postEvents(suite.server.url, [
      { targetId: 'flash', key: 'a', valueMs: 10 },
      { targetId: 'flash', key: 'b', valueMs: 20 },
      { targetId: 'flash', key: 'c', valueMs: 30 },
    ]);
    const page = await open('/?targets=flash');
    await page.getByText('3 of 3 series').waitFor();
    // Every cell that starts a highlight, as it starts (a mutation record, so a short highlight on a busy machine is not missed).
    await page.evaluate(() => {
      const w = window as unknown as Recorder;
      w.flashed = [];
      new MutationObserver((records) => {
        for (const m of records) {
          const cell = m.target as HTMLElement;
          if (!cell.classList.contains('flash') || (m.oldValue ?? '').split(' ').includes('flash')) continue;
          w.flashed.push(`${cell.closest('[data-key]')?.getAttribute('data-key')}/${cell.getAttribute('data-col')}`);
        }
      }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['class'], attributeOldValue: true });
    });
    // A second passes with no new values: the clock redraws the rows, and nothing flashes.
    await nextClockTick(page, 'a');
    assert.deepEqual(await page.evaluate(() => (window as unknown as Recorder).flashed), []);

    // b's latency changes; a and c get nothing.
    await postEvents(suite.server.url, [{ targetId: 'flash', key: 'b', valueMs: 400 }]);
    await page.waitForFunction(() => document.querySelector('[data-key="b"] [data-col="max"]')?.textContent === '400');
    await nextClockTick(page, 'a');
    const flashed = await page.evaluate(() => (window as unknown as Recorder).flashed);
    assert.ok(flashed.includes('b/max') && flashed.includes('b/p99'), `b's changed latencies flash: ${flashed}`);
    // Only b's cells; the others' rates may fall meanwhile, as their events leave the 10 s window: a real change too.
    assert.ok(
      flashed.every((f) => f.startsWith('b/') || /\/(eventsPerSecond|throughput)$/.test(f)),
      `only b's cells: ${flashed}`,
    );
    // Its unchanged minimum and the counters that move with every event do not.
    for (const col of ['min', 'count', 'lastUpdateMs']) assert.ok(!flashed.includes(`b/${col}`), `b/${col} does not flash: ${flashed}`);
    // Briefly: the highlight ends and leaves no cell marked.
    await page.waitForFunction(() => document.querySelectorAll('.td.flash').length === 0);

    // The chosen row (charted) is neither the highlight's colour nor the hover's.
    await page.locator('[data-key="a"]').click();
    await page.mouse.move(5, 5);
    // (No named functions inside evaluate: the test's compiler would wrap them in a helper the page lacks.)
    const colours = await page.evaluate(() => {
      const probe = document.createElement('div');
      document.body.append(probe);
      const out: Record<string, string> = { selected: getComputedStyle(document.querySelector('[data-key="a"]')!).backgroundColor };
      for (const name of ['flash', 'hover']) {
        probe.style.background = `var(--${name})`;
        out[name] = getComputedStyle(probe).backgroundColor;
      }
      probe.remove();
      return out;
    });
    assert.notEqual(colours.selected, colours.flash);
    assert.notEqual(colours.selected, colours.hover);
    await page.close();
  });

  test('rows hold their order while the pointer is over the table, with a hint, and resort when it leaves', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    await postEvents(suite.server.url, [
      { targetId: 'hold', key: 'x', valueMs: 10 },
      { targetId: 'hold', key: 'y', valueMs: 20 },
      { targetId: 'hold', key: 'z', valueMs: 30 },
    ]);
    const page = await open('/?targets=hold&sort=max');
    await page.getByText('3 of 3 series').waitFor();
    assert.deepEqual(await keysInOrder(page), ['z', 'y', 'x']);
    const hint = page.getByTestId('order-held');
    assert.equal(await hint.count(), 0);

    await page.locator('[data-key="y"] [data-col="key"]').hover();
    await hint.waitFor();
    // x becomes the slowest: its values show at once, its place does not change.
    await postEvents(suite.server.url, [{ targetId: 'hold', key: 'x', valueMs: 500 }]);
    await page.waitForFunction(() => document.querySelector('[data-key="x"] [data-col="max"]')?.textContent === '500');
    assert.deepEqual(await keysInOrder(page), ['z', 'y', 'x']);
    await page.screenshot({ path: `${SHOTS}table-order-held.png` });

    // The pointer leaves: the rows resort and the hint goes.
    await page.mouse.move(5, 5);
    await hint.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelector('[role=row][aria-rowindex="2"]')?.getAttribute('data-key') === 'x');
    assert.deepEqual(await keysInOrder(page), ['x', 'z', 'y']);
    await page.screenshot({ path: `${SHOTS}table-live.png` });
    await page.close();
  });

  test('keyboard focus stays with its row when rows resort, and the row is in view', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    await postEvents(
      suite.server.url,
      Array.from({ length: 60 }, (_, i) => ({ targetId: 'focus', key: `k${String(i).padStart(2, '0')}`, valueMs: 100 + i })),
    );
    const page = await open('/?targets=focus&sort=min');
    await page.getByText('60 of 60 series').waitFor();
    // Focus from the keyboard: the first row (k59, the slowest), then one down.
    await page.locator('[role=row][aria-rowindex="2"]').focus();
    await page.keyboard.press('ArrowDown');
    const focused = () => page.evaluate(() => [document.activeElement?.getAttribute('data-key'), document.activeElement?.getAttribute('aria-rowindex')]);
    assert.deepEqual(await focused(), ['k58', '3']);

    // k58's minimum drops to 1 ms: it sorts last; the focused row goes with it, scrolled into view.
    await postEvents(suite.server.url, [{ targetId: 'focus', key: 'k58', valueMs: 1 }]);
    await page.waitForFunction(() => document.querySelector('[data-key="k58"] [data-col="min"]')?.textContent === '1.00');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-rowindex') === '61');
    assert.deepEqual(await focused(), ['k58', '61']);
    // Scrolled into view once the resorted table has been laid out (a frame or two later on a busy machine).
    await page
      .waitForFunction(() => {
        const row = document.activeElement!.getBoundingClientRect();
        const box = document.querySelector('.tbody')!.getBoundingClientRect();
        return row.top >= box.top && row.bottom <= box.bottom + 1;
      })
      // On failure, where the row, the scroll box and the panels above were: a missed scroll and a layout shift look alike otherwise.
      .catch(async (err: Error) => {
        const state = await page.evaluate(() => {
          const t = document.querySelector('.tbody')!;
          const a = document.activeElement!;
          return {
            active: [a.getAttribute('data-key'), a.getAttribute('aria-rowindex'), a.getBoundingClientRect().toJSON()],
            box: t.getBoundingClientRect().toJSON(),
            scrollTop: t.scrollTop,
            scrollHeight: t.scrollHeight,
            clientHeight: t.clientHeight,
            rows: [...t.querySelectorAll('[role=row][aria-rowindex]')]
              .map((r) => `${r.getAttribute('aria-rowindex')}:${r.getAttribute('data-key')}:${Math.round(r.getBoundingClientRect().top)}`)
              .join(' '),
            inner: (t.firstElementChild as HTMLElement).getBoundingClientRect().toJSON(),
            main: [...document.querySelector('.app-main')!.children]
              .map((c) => `${c.className || c.tagName}:${Math.round(c.getBoundingClientRect().height)}`)
              .join(' '),
          };
        });
        throw new Error(`${err.message}\n${JSON.stringify(state)}`);
      });
    assert.deepEqual(await focused(), ['k58', '61'], 'the focus stayed on its row while it scrolled');

    // The reader scrolls a few rows up: the focused row keeps its element and its focus, and does not drag the view back.
    const scrollTop = () => page.evaluate(() => document.querySelector('.tbody')!.scrollTop);
    const before = await scrollTop();
    await page.evaluate(() => {
      document.querySelector('.tbody')!.scrollTop -= 3 * 28;
    });
    // The scroll event is handled (and the rows rendered) before the frame after next.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.equal(await scrollTop(), before - 3 * 28, 'the view stays where the reader scrolled it');
    assert.deepEqual(await focused(), ['k58', '61'], 'the focus stays on its row while the table scrolls');
    await page.close();
  });

  test('events by a chosen dimension: a pie for a few groups, top-N bars from zero with "other (n)" for 2,000 keys', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    // Split by region: the breakdown is by region (not by key), and the dimension can be changed.
    await postEvents(suite.server.url, [
      { targetId: 'regions', key: 'api', metadata: { region: 'eu' }, valueMs: 1 },
      { targetId: 'regions', key: 'api', metadata: { region: 'us' }, valueMs: 1 },
      { targetId: 'regions', key: 'db', metadata: { region: 'us' }, valueMs: 1 },
    ]);
    const page = await open('/?targets=regions&split=1');
    const by = page.getByTestId('breakdown-by');
    await page.waitForFunction(() => (document.querySelector('[data-testid=breakdown-by]') as HTMLSelectElement | null)?.value === 'label:region');
    const legend = () => page.locator('[data-testid=breakdown-pie] .legend li').evaluateAll((els) => els.map((e) => e.firstChild?.nextSibling?.textContent));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=breakdown-pie] .legend li').length === 2);
    // (Sorted: once the events leave the 10 s rate window every group is at 0 and the order is by name.)
    assert.deepEqual((await legend()).sort(), ['eu', 'us']);
    await by.selectOption('key');
    await page.waitForFunction(() => document.querySelector('[data-testid=breakdown-pie] .legend li')?.textContent?.startsWith('api'));
    assert.deepEqual((await legend()).sort(), ['api', 'db']);
    await page.close();

    // 2,000 keys, k0000 with the most events and every tenth key with a few more: bars, at most 10 + "other".
    const events = Array.from({ length: 2000 }, (_, i) => ({ targetId: 'many', key: `k${String(i).padStart(4, '0')}`, valueMs: 1 }));
    events.push(...Array.from({ length: 30 }, () => ({ targetId: 'many', key: 'k0000', valueMs: 1 })));
    await postEvents(suite.server.url, events);
    const many = await open('/?targets=many');
    await many.getByText('2,000 of 2,000 series').waitFor();
    const bars = many.locator('[data-testid=breakdown-bars] .bar-row');
    await bars.first().waitFor();
    assert.equal(await many.getByTestId('breakdown-pie').count(), 0, 'no pie for 2,000 groups');
    const rows = await bars.evaluateAll((els) =>
      els.map((e) => ({
        label: e.querySelector('.bar-label')!.textContent,
        value: Number(e.getAttribute('data-value')),
        text: e.querySelector('.bar-value')!.textContent,
        title: e.getAttribute('title'),
        width: e.querySelector('.bar')!.getBoundingClientRect().width,
        track: e.querySelector('.bar-track')!.getBoundingClientRect().width,
      })),
    );
    assert.ok(rows.length <= 11, `at most 10 bars and "other": ${rows.length}`);
    assert.equal(rows[0].label, 'k0000');
    assert.equal(rows.at(-1)!.label, `other (${2000 - (rows.length - 1)})`);
    for (const r of rows) {
      assert.match(r.text ?? '', /events\/s/, 'each bar has its value with the unit');
      assert.match(r.title ?? '', new RegExp(`^${r.label!.replace(/[()]/g, '\\$&')}: .* events/s, \\d+% of all$`), 'and a hover text');
    }
    // From zero: lengths in proportion to the values (the largest fills its track).
    const largest = rows.reduce((m, r) => (r.value > m.value ? r : m));
    assert.ok(Math.abs(largest.width - largest.track) <= 1.5);
    for (const r of rows)
      assert.ok(Math.abs(r.width / largest.width - r.value / largest.value) < 0.02 || r.width <= 1.5, `${r.label}: ${r.width} px for ${r.value}`);
    await many.locator('figure.breakdown').screenshot({ path: `${SHOTS}breakdown-bars.png` });
    await many.close();
  });

  test('at 1400 px the header and the table headers fit: nothing off screen, cut short or scrolling sideways', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    await postEvents(suite.server.url, [
      { targetId: 'wide-target-name-for-the-header', key: 'checkout-service', metadata: { region: 'eu-west-1' }, valueMs: 12 },
    ]);
    const page = await open('/?targets=wide-target-name-for-the-header,hold,flash,regions&split=1');
    await page.locator('[role=row][data-key]').first().waitFor();
    const top = await page.locator('header.top > *').evaluateAll((els) =>
      els.map((e) => ({
        what: e.textContent,
        right: e.getBoundingClientRect().right,
        left: e.getBoundingClientRect().left,
        cut: e.scrollWidth > e.clientWidth + 1 && e.tagName === 'BUTTON',
      })),
    );
    for (const e of top) {
      assert.ok(e.left >= 0 && e.right <= 1400, `${e.what} is inside the viewport (${e.left}–${e.right})`);
      assert.ok(!e.cut, `${e.what} is not cut short`);
    }
    const headers = await page.locator('[role=columnheader] .th').evaluateAll((els) =>
      els.map((e) => {
        const cell = e.parentElement!.getBoundingClientRect();
        const r = e.getBoundingClientRect();
        return { what: e.textContent, cut: e.scrollWidth > e.clientWidth + 1 || r.top < cell.top - 0.5 || r.bottom > cell.bottom + 0.5 };
      }),
    );
    assert.ok(headers.length >= 14, `every default column: ${headers.length}`);
    // A name that wraps does so between words, never inside one ("Throughp|ut").
    const brokenWords = await page.locator('[role=columnheader] .th').evaluateAll((els) =>
      els.flatMap((e) =>
        [...e.childNodes]
          .concat([...e.querySelectorAll('span')].flatMap((s) => [...s.childNodes]))
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .flatMap((n) =>
            [...(n.textContent ?? '').matchAll(/\S+/g)].filter((m) => {
              const range = document.createRange();
              range.setStart(n, m.index);
              range.setEnd(n, m.index + m[0].length);
              return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
            }),
          )
          .map((m) => m[0]),
      ),
    );
    assert.deepEqual(brokenWords, [], 'no header word is split across lines');
    for (const h of headers) assert.ok(!h.cut, `column header ${h.what} is whole`);
    const sideways = await page.evaluate(() => {
      const box = document.querySelector('.tbody')!;
      return box.scrollWidth - box.clientWidth;
    });
    assert.ok(sideways <= 0, `the table fits without scrolling sideways (${sideways} px over)`);
    await page.screenshot({ path: `${SHOTS}dashboard-1400.png` });
    await page.close();
  });

  test('a link to an unknown target says so and offers the targets there are', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    await postEvents(suite.server.url, [{ targetId: 'known', key: 'api', valueMs: 5 }]);
    const page = await open('/?targets=nope');
    const note = page.getByTestId('unknown-target');
    await note.waitFor();
    assert.match((await note.textContent()) ?? '', /No target “nope” on this server/);
    assert.match((await page.getByTestId('snippet-curl').textContent()) ?? '', /"targetId":"nope"/);
    await page.screenshot({ path: `${SHOTS}unknown-target.png` });
    await page.getByTestId('pick-known').click();
    await page.locator('[data-key="api"]').waitFor();
    assert.equal(new URL(page.url()).searchParams.get('targets'), 'known');
    assert.equal(await note.count(), 0);
    await page.close();
  });
});

describe('a server with no data yet, in Chromium', () => {
  // The breakdown test below streams its 2,000 keys whole (so the bars cover every series): above the default view threshold.
  const suite = browserSuite(['--no-demo', '--history', ':memory:', '--view-threshold-series', '5000'], SHOTS);

  test('placeholders, not zeros, until the first snapshot', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    await postEvents(suite.server.url, [{ targetId: 'slow-start', key: 'api', valueMs: 5 }]);
    const page = await suite.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(WAIT_MS);
    // The page's WebSocket reaches the server, but what the server says is held back until the test lets it through.
    let release: () => void = () => {};
    await page.routeWebSocket(/\/ws/, (ws) => {
      const upstream = ws.connectToServer();
      const held: (string | Buffer)[] = [];
      let open = false;
      release = () => {
        open = true;
        for (const m of held.splice(0)) ws.send(m);
      };
      upstream.onMessage((m) => (open ? ws.send(m) : held.push(m)));
    });
    await page.goto(`${suite.server.url}/?targets=slow-start`);
    await page.getByTestId('table-loading').waitFor();
    assert.equal(await page.getByTestId('card-loading').count(), 4, 'each summary card a placeholder');
    assert.doesNotMatch((await page.locator('.cards').textContent()) ?? '', /\b0\.0\b|0 B\/s/, 'no zero figures');
    await page.screenshot({ path: `${SHOTS}loading.png` });
    release();
    await page.locator('[data-key="api"]').waitFor();
    await page.getByTestId('card-loading').first().waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('table-loading').count(), 0);
    await page.close();
  });

  test('no targets: the curl snippet names this suite.server, and running it makes a row appear', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    const fresh = await spawnServer(['--no-demo', '--history', ':memory:']);
    const page = await suite.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(WAIT_MS);
    try {
      await page.goto(`${fresh.url}/`);
      await page.getByTestId('no-targets').waitFor();
      const curl = (await page.getByTestId('snippet-curl').textContent()) ?? '';
      const otlp = (await page.getByTestId('snippet-otlp').textContent()) ?? '';
      assert.ok(curl.startsWith(`curl -s '${fresh.url}/api/v1/events'`), curl);
      assert.ok(otlp.startsWith(`OTEL_EXPORTER_OTLP_ENDPOINT=${fresh.url}`), otlp);
      await page.screenshot({ path: `${SHOTS}empty-state.png` });
      // The snippet exactly as shown, run by a shell.
      const answer = execFileSync('sh', ['-c', curl]).toString();
      assert.deepEqual(JSON.parse(answer), { accepted: 1, rejected: [] });
      await page.locator('[role=row][data-key="hello"]').waitFor();
      assert.equal(await page.getByTestId('no-targets').count(), 0);
    } finally {
      await page.close();
      await fresh.stop();
    }
  });
});
