import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../scripts/lib/spawn-server.js';
import { launchBrowser, NO_BROWSER, assertWebBuilt } from './browser.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Generous: a wait is a failure detector, and a busy 2-core machine runs Chromium, the server and the tests at once. */
const WAIT_MS = 60_000;

/** The answer to a batch: 200 when any event was accepted, 400 (with the reasons) when none was. */
async function post(url: string, events: unknown[]): Promise<{ accepted: number; rejected: { code: string }[] }> {
  const res = await fetch(`${url}/api/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ events }) });
  const body = await res.text();
  assert.ok(res.status === 200 || res.status === 400, body);
  return JSON.parse(body) as { accepted: number; rejected: { code: string }[] };
}

/** axe-core's critical and serious findings inside `selector`, as "rule: nodes" lines. */
async function axeProblems(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async (include) => {
    const axe = (
      window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }
    ).axe;
    const { violations } = await axe.run({ include: [include] });
    return violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, selector);
}

/**
 * The "Server" badge and panel against a real server whose series limit is
 * tiny: live figures once a second, and the warning when the limit refuses
 * events.
 */
describe('server health panel in Chromium', () => {
  let browser: Browser | undefined;
  let server: ServerProcess;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    // Two series per target: one key's combined and split series.
    server = await spawnServer(['--no-demo', '--history', ':memory:', '--max-series-per-target', '2']);
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('the badge opens a panel of live figures; a limit refusing events turns it to a warning', async (t) => {
    if (!browser) return t.skip(NO_BROWSER);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(WAIT_MS);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url);

    const badge = page.getByTestId('server-open');
    // The first sample has arrived. (Only the limit is up to this test: on a busy machine the event loop may be over its budget too.)
    await page.locator('[data-testid=server-open]:not([data-level=none])').waitFor();
    assert.match((await badge.textContent()) ?? '', /^Server health: (ok|\d+ warnings?)$/);
    await badge.click();
    const panel = page.getByRole('dialog', { name: 'Server health' });
    await panel.waitFor();
    assert.equal(await badge.getAttribute('aria-expanded'), 'true');
    assert.ok(await page.evaluate(() => document.activeElement?.closest('dialog[open]') != null), 'focus moves into the panel');

    // Live: the sample number moves on while the panel is open, and the node table has this server as its one row.
    const summary = page.getByTestId('server-summary');
    const seen = await summary.textContent();
    await page.waitForFunction((before) => document.querySelector('[data-testid=server-summary]')?.textContent !== before, seen);
    const rows = page.getByTestId('node-row');
    assert.equal(await rows.count(), 1);
    const serverId = await rows.first().getAttribute('data-node');
    assert.match((await rows.first().textContent()) ?? '', new RegExp(`^${serverId} \\(this connection\\)`));
    assert.equal(await page.locator('[data-testid=server-warnings] [data-kind=limit]').count(), 0);

    // Known load within the limit: the figures follow.
    const ok = await post(
      server.url,
      [1, 2, 3].map((v) => ({ targetId: 'srv', key: 'api', valueMs: v })),
    );
    assert.equal(ok.accepted, 3);
    await page.getByTestId('server-card-events').getByText('3 since start').waitFor();
    await page.getByTestId('server-card-targets').getByText('2 series', { exact: false }).waitFor();
    assert.equal(await page.getByTestId('server-card-refused').getAttribute('data-level'), 'ok');

    // Past the limit: refused, and the panel and the badge say so, in colour and in words.
    const over = await post(server.url, [{ targetId: 'srv', key: 'db', valueMs: 1 }]);
    assert.deepEqual(
      over.rejected.map((r) => r.code),
      ['LD_ERR_SERIES_LIMIT'],
    );
    await page.locator('[data-testid=server-card-refused][data-level=warn]').waitFor();
    assert.match(
      (await page.locator('[data-testid=server-warnings] [data-kind=limit]').textContent()) ?? '',
      /a limit refuses events: 1 target at a cardinality limit/,
    );
    assert.match((await page.getByTestId('server-card-refused').textContent()) ?? '', /series_limit 1/);
    await page.locator('[data-testid=server-open]:is([data-level=warn], [data-level=bad])').waitFor();
    const warnColour = await page.getByTestId('server-card-refused').evaluate((el) => getComputedStyle(el).borderColor);
    const okColour = await page.getByTestId('server-card-cpu').evaluate((el) => getComputedStyle(el).borderColor);
    assert.notEqual(warnColour, okColour, 'the warning is in colour');

    assert.deepEqual(await axeProblems(page, '[data-testid=server-panel]'), [], 'no critical or serious accessibility problem in the panel');

    // Esc closes it and gives focus back to the badge.
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'server-open');
    assert.match((await badge.textContent()) ?? '', /^Server health: \d+ warnings?$/);
    assert.deepEqual(errors, [], 'no uncaught errors in the page');
    await page.close();
  });
});
