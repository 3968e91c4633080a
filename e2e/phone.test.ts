import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, test } from 'node:test';
import { NO_BROWSER, postEvents, browserSuite } from './browser.js';

/** Where the browser tests leave their screenshots for review. */
const SHOTS = fileURLToPath(new URL('../test-results/', import.meta.url));

/** Generous: a wait is a failure detector, and a busy 2-core machine runs Chromium, the server and the tests at once. */
const WAIT_MS = 60_000;
const PHONE = { width: 390, height: 844 };

/** The dashboard on a 390×844 phone: every header control on screen and usable, and a table that leads with what matters. */
describe('phone layout (390×844)', () => {
  const suite = browserSuite(['--no-demo', '--history', ':memory:'], SHOTS);

  test('each header control is within the viewport and clickable; the table starts with key and the chosen metric', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    await postEvents(
      suite.server.url,
      ['checkout', 'search', 'login'].map((key, i) => ({ targetId: 'phone', key, metadata: { region: 'eu' }, valueMs: 5 * (i + 1) })),
    );
    const page = await suite.browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    page.setDefaultTimeout(WAIT_MS);
    await page.goto(`${suite.server.url}/?targets=phone`);
    await page.getByText('3 of 3 series').waitFor();

    const controls = page.locator('header :is(button, input, select, a[href])');
    const n = await controls.count();
    assert.ok(n >= 4, `the header has its controls (found ${n})`);
    for (let i = 0; i < n; i++) {
      const control = controls.nth(i);
      const name = (await control.getAttribute('data-testid')) ?? (await control.textContent()) ?? `control ${i}`;
      const box = await control.boundingBox();
      assert.ok(box !== null, `${name} is rendered`);
      assert.ok(box.x >= 0 && box.x + box.width <= PHONE.width, `${name} is within the viewport's width (x ${box.x}, width ${box.width})`);
      assert.ok(box.y >= 0 && box.y + box.height <= PHONE.height, `${name} is within the viewport's height without scrolling`);
      // Playwright's actionability checks (visible, stable, enabled, not covered), without the click itself.
      await control.click({ trial: true });
    }
    await page.screenshot({ path: `${SHOTS}phone-top.png` });

    // Tapping a header control does what it says: the theme toggles.
    await page.getByTestId('theme-toggle').tap();
    assert.match(page.url(), /theme=dark/);

    // The view controls wrap, so they are on screen too (the page scrolls down to them, never sideways).
    const viewControls = page.locator('section.controls :is(button, input, select)');
    for (let i = 0; i < (await viewControls.count()); i++) {
      const box = await viewControls.nth(i).boundingBox();
      assert.ok(box !== null && box.x >= 0 && box.x + box.width <= PHONE.width, `view control ${i} is within the viewport's width`);
    }
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true, 'the page never scrolls sideways');

    // The table leads with the key and the metric chosen (sorted by), and both are in view.
    const firstHeaders = async () => page.locator('[role=columnheader]').evaluateAll((els) => els.slice(0, 2).map((e) => e.getAttribute('data-col')));
    assert.deepEqual(await firstHeaders(), ['key', 'p90']);
    await page.locator('[role=columnheader][data-col=p99] button').click();
    assert.deepEqual(await firstHeaders(), ['key', 'p99'], 'the metric sorted by comes second');
    const table = page.getByTestId('series-table');
    await table.scrollIntoViewIfNeeded();
    for (const col of ['key', 'p99']) {
      const box = await page.locator(`[role=columnheader][data-col=${col}]`).boundingBox();
      assert.ok(box !== null && box.x >= 0 && box.x + box.width <= PHONE.width, `the ${col} column is in view (${JSON.stringify(box)})`);
    }
    await page.screenshot({ path: `${SHOTS}phone-table.png`, fullPage: true });
    console.log(`screenshots: ${SHOTS}phone-top.png, ${SHOTS}phone-table.png`);
    await page.close();
  });
});
