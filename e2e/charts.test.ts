import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { NO_BROWSER, postEvents, browserSuite } from './browser.js';

const SHOTS = fileURLToPath(new URL('../test-results/', import.meta.url));

/** Generous: a wait is a failure detector, and a busy 2-core machine runs Chromium, the server and the tests at once. */
const WAIT_MS = 60_000;

/** The live charts read on hover: time, series and value with unit, with the crosshair shared by the time charts. */
describe('charts in Chromium', () => {
  const suite = browserSuite(['--no-demo', '--history', ':memory:'], SHOTS);

  test('hovering the latency chart shows the time (24 h), each series and its value in ms; the throughput chart follows', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    await postEvents(suite.server.url, [
      { targetId: 'charts', key: 'api', valueMs: 12.5, payloadSize: 100 },
      { targetId: 'charts', key: 'db', valueMs: 40, payloadSize: 100 },
    ]);
    const page = await suite.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(WAIT_MS);
    await page.goto(`${suite.server.url}/?targets=charts`);
    await page.getByText('2 of 2 series').waitFor();
    // A few once-a-second samples, so the chart has points across its width.
    await page.waitForFunction(() => (document.querySelector('.spark-line')?.getAttribute('points') ?? '').split(' ').length >= 3);

    const latency = page.locator('figure.wide .u-over');
    const box = (await latency.boundingBox())!;
    // The newest sample is at the right edge.
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2);
    const tip = page.locator('figure.wide [data-testid=chart-tip]');
    await tip.waitFor();
    const text = (await tip.innerText()).split('\n');
    assert.match(text[0]!, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, `a 24 h time with the date: ${text[0]}`);
    assert.deepEqual(text.slice(1).sort(), ['charts/api: 12.5 ms', 'charts/db: 40.0 ms']);

    // The throughput chart's crosshair marks the same moment.
    const cursor = page.locator('figure.panel:not(.wide) .u-cursor-x').first();
    await page.waitForFunction(() => {
      const el = document.querySelectorAll('figure.panel:not(.wide) .u-cursor-x')[0] as HTMLElement | undefined;
      return el !== undefined && !el.classList.contains('u-off') && el.style.display !== 'none';
    });
    assert.ok(await cursor.isVisible());
    await page.screenshot({ path: `${SHOTS}charts-tooltip.png` });

    await page.mouse.move(box.x - 50, box.y - 50);
    await tip.waitFor({ state: 'hidden' });

    // The p90 histogram reads on hover too: the bucket and how many series are in it (12.5 ms: the bucket up to 20).
    const histogram = page.locator('figure', { hasText: 'p90 distribution' });
    const hbox = (await histogram.locator('.u-over').boundingBox())!;
    await page.mouse.move(hbox.x + 2, hbox.y + hbox.height / 2);
    const htip = histogram.getByTestId('chart-tip');
    await htip.waitFor();
    assert.deepEqual((await htip.innerText()).split('\n'), ['p90 up to 20.0 ms', 'series: 1']);
    await page.close();
  });
});
