import assert from 'node:assert/strict';

import { describe, test } from 'node:test';
import { NO_BROWSER, postEvents, browserSuite } from './browser.js';

/** Generous: a wait is a failure detector, and a busy 2-core machine runs Chromium, the server and the tests at once. */
const WAIT_MS = 60_000;

async function rules(url: string): Promise<{ name: string; threshold: number; metric: string }[]> {
  return ((await (await fetch(`${url}/api/v1/alerts/rules`)).json()) as { rules: { name: string; threshold: number; metric: string }[] }).rules;
}

/** The alert form against a real server: it refuses what would misfire, shows units and matches, edits rules, and says which fire. */
describe('alert rule form in Chromium', () => {
  const suite = browserSuite(['--no-demo', '--history', ':memory:']);

  test('an empty threshold is refused in the form; units, glob preview, edit, and the firing series', async (t) => {
    if (!suite.browser) return t.skip(NO_BROWSER);
    await postEvents(suite.server.url, [
      { targetId: 'shop-eu', key: 'checkout', valueMs: 10 },
      { targetId: 'shop-us', key: 'checkout', valueMs: 10 },
      { targetId: 'shop-us', key: 'search', valueMs: 10 },
    ]);
    const page = await suite.browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(WAIT_MS);
    await page.goto(`${suite.server.url}/?targets=shop-eu,shop-us`);
    await page.getByTestId('alerts-open').click();
    const dialog = page.getByRole('dialog', { name: 'Alert rules' });
    await dialog.waitFor();

    // Nothing typed in the threshold: the form says so and sends nothing.
    await page.getByTestId('rule-name').fill('slow checkout');
    await page.getByTestId('rule-add').click();
    assert.equal(await page.getByTestId('rule-threshold-problem').textContent(), 'A threshold is required.');
    assert.equal(await page.getByTestId('rule-threshold').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'rule-threshold', 'focus goes to the field to fix');
    assert.deepEqual(await rules(suite.server.url), []);

    // The unit follows the metric, from the metric table.
    assert.equal(await page.getByTestId('rule-unit').textContent(), 'ms');
    await page.getByTestId('rule-metric').selectOption('throughput');
    assert.equal(await page.getByTestId('rule-unit').textContent(), 'B/s');
    await page.getByTestId('rule-metric').selectOption('p90');

    // The globs' live matches.
    await page.getByTestId('rule-keyPattern').fill('checkout');
    await page.locator('[data-testid=rule-preview][data-total="2"]').waitFor();
    assert.equal(await page.getByTestId('rule-preview').textContent(), 'Matches 2 live series: shop-eu/checkout, shop-us/checkout');
    await page.getByTestId('rule-targetPattern').fill('shop-us');
    await page.locator('[data-testid=rule-preview][data-total="1"]').waitFor();

    await page.getByTestId('rule-threshold').fill('500');
    await page.getByTestId('rule-forS').fill('0');
    await page.getByTestId('rule-add').click();
    const row = page.locator('[data-testid=rule-row]', { hasText: 'slow checkout' });
    await row.waitFor();
    assert.equal(await row.getByTestId('rule-state').getAttribute('data-state'), 'ok');
    assert.match((await row.textContent()) ?? '', /p90 above 500 ms for 0 s/);

    // Slow checkouts on shop-us: the list says the rule fires, and on which series.
    await postEvents(
      suite.server.url,
      Array.from({ length: 5 }, () => ({ targetId: 'shop-us', key: 'checkout', valueMs: 900 })),
    );
    await row.locator('[data-testid=rule-state][data-state=firing]').waitFor();
    assert.match((await row.getByTestId('rule-state').textContent()) ?? '', /firing on 1 series: shop-us\/checkout \(\d+\.\d ms\)/);

    // The firing series is a link to it in the table.
    await row.getByTestId('rule-firing-series').click();
    await dialog.waitFor({ state: 'detached' });
    assert.equal(await page.getByTestId('key-filter').inputValue(), 'checkout');
    // Filtered to the key, and that one series charted.
    await page.getByText('2 of 3 series').waitFor();
    const chosen = page.locator('[role=row][aria-selected=true]');
    assert.equal(await chosen.count(), 1);
    assert.equal(await chosen.locator('[data-col=targetId]').textContent(), 'shop-us');
    assert.equal(await chosen.getAttribute('data-key'), 'checkout');
    await page.getByTestId('alerts-open').click();
    await dialog.waitFor();

    // Edit: a higher threshold clears it.
    await row.getByTestId('rule-edit').click();
    assert.equal(await page.getByTestId('rule-threshold').inputValue(), '500');
    await page.getByTestId('rule-threshold').fill('');
    await page.getByTestId('rule-add').click();
    await page.getByTestId('rule-threshold-problem').waitFor();
    await page.getByTestId('rule-threshold').fill('5000');
    await page.getByTestId('rule-add').click();
    // The list reloads after the change, and the alert's resolution comes over the WebSocket: either may be first.
    await page.locator('[data-testid=rule-row]', { hasText: 'p90 above 5000 ms' }).locator('[data-testid=rule-state][data-state=ok]').waitFor();
    const saved = await rules(suite.server.url);
    assert.deepEqual(
      saved.map((r) => [r.name, r.threshold]),
      [['slow checkout', 5000]],
      'changed, not added',
    );
    await page.close();
  });
});
