import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../scripts/lib/spawn-server.js';
import { launchBrowser, NO_BROWSER, postEvents, assertWebBuilt } from './browser.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Generous: a wait is a failure detector, and a busy 2-core machine runs Chromium, the server and the tests at once. */
const WAIT_MS = 60_000;

/** axe-core's critical and serious findings on the whole page, as "rule: nodes" lines. */
async function axeProblems(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    type Violation = { id: string; impact: string; nodes: { target: string[]; failureSummary?: string }[] };
    const axe = (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: Violation[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'critical' || v.impact === 'serious')
      .map((v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(' ')} (${n.failureSummary?.replace(/\s+/g, ' ') ?? ''})`).join(', ')}`);
  });
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { testId: el?.getAttribute('data-testid') ?? null, role: el?.getAttribute('role') ?? null, inDialog: el?.closest('dialog[open]') != null };
  });

/**
 * The dashboard by keyboard and screen reader, against a real server: axe-core
 * finds nothing critical or serious with each popup open; dialogs take, trap
 * and give back focus; menus close on Esc and outside presses; rows are
 * chosen with Enter or Space.
 */
describe('keyboard and screen reader', () => {
  let browser: Browser | undefined;
  let server: ServerProcess;
  let page: Page;

  before(async () => {
    assertWebBuilt();
    browser = await launchBrowser();
    server = await spawnServer(['--no-demo', '--history', ':memory:']);
    await postEvents(
      server.url,
      ['api', 'db', 'cache'].map((key, i) => ({ targetId: 'a11y', key, valueMs: 10 * (i + 1) })),
    );
    if (!browser) return;
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.setDefaultTimeout(WAIT_MS);
    await page.goto(`${server.url}/?targets=a11y`);
    await page.getByText('3 of 3 series').waitFor();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  test('landmarks and roles: a main landmark, a named grid, sortable headers as buttons with aria-sort', async (t) => {
    if (!browser) return t.skip(NO_BROWSER);
    assert.equal(await page.getByRole('main').count(), 1);
    await page.getByRole('grid', { name: 'Series' }).waitFor();
    const p90 = page.locator('[role=columnheader][data-col=p90]');
    assert.equal(await p90.getByRole('button').count(), 1, 'the header holds a button');
    // Units and wording from the metric table: the unit in the header, plain names, how latency is measured on hover.
    assert.match((await p90.getByRole('button').textContent()) ?? '', /^p90 \(ms\)/);
    assert.match((await p90.getByRole('button').getAttribute('title')) ?? '', /time since the previous event/);
    assert.equal(await page.locator('[role=columnheader][data-col=eventsPerSecond]').textContent(), 'Events/s');
    assert.equal(await page.locator('[role=columnheader][data-col=avgProcessing]').textContent(), 'Server time (ms)');
    await p90.getByRole('button').click();
    assert.match((await p90.getAttribute('aria-sort')) ?? '', /^(ascending|descending)$/);
    assert.equal(await page.locator('[role=columnheader][data-col=key]').getAttribute('aria-sort'), null, 'only the sorted column says how');
    assert.deepEqual(await axeProblems(page), []);
  });

  test('rows: focusable, Enter and Space choose a row to chart, arrows move', async (t) => {
    if (!browser) return t.skip(NO_BROWSER);
    const rows = page.locator('[role=row][data-row-id]');
    const first = rows.first();
    assert.equal(await first.getAttribute('tabindex'), '0');
    await first.focus();
    assert.equal(await first.getAttribute('aria-selected'), 'false');
    await page.keyboard.press('Enter');
    assert.equal(await first.getAttribute('aria-selected'), 'true');
    const pausedBefore = await page.getByTestId('pause').getAttribute('aria-pressed');
    await page.keyboard.press(' ');
    assert.equal(await first.getAttribute('aria-selected'), 'false');
    assert.equal(await page.getByTestId('pause').getAttribute('aria-pressed'), pausedBefore, 'Space on a row is the row\'s, not "pause"');
    await page.keyboard.press('ArrowDown');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('aria-rowindex')), '3');
  });

  for (const [name, testId, menuName] of [
    ['target picker', 'target-picker', 'Targets'],
    ['columns menu', 'columns-menu', 'Columns'],
  ] as const) {
    test(`the ${name}: a named menu; Esc and a press outside close it`, async (t) => {
      if (!browser) return t.skip(NO_BROWSER);
      const button = page.getByTestId(testId);
      await button.click();
      const menu = page.getByRole('menu', { name: menuName });
      await menu.waitFor();
      assert.equal(await button.getAttribute('aria-expanded'), 'true');
      assert.equal((await focused(page)).role, 'menuitemcheckbox', 'focus moves to its first item');
      assert.deepEqual(await axeProblems(page), [], `axe with the ${name} open`);
      await page.keyboard.press('ArrowDown');
      assert.match((await focused(page)).role ?? '', /^menuitem/, 'arrows move between its items');
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });
      assert.equal((await focused(page)).testId, testId, 'Esc gives focus back to the button');
      await button.click();
      await menu.waitFor();
      await page.getByRole('main').click({ position: { x: 5, y: 5 } });
      await menu.waitFor({ state: 'detached' });
    });
  }

  for (const [name, opener, dialogName] of [
    ['alerts dialog', 'alerts-open', 'Alert rules'],
    ['server panel', 'server-open', 'Server health'],
    ['keyboard help', 'help-open', 'Keyboard shortcuts'],
  ] as const) {
    test(`the ${name}: takes focus, keeps Tab inside, Esc gives focus back; axe finds nothing serious`, async (t) => {
      if (!browser) return t.skip(NO_BROWSER);
      await page.getByTestId(opener).click();
      const dialog = page.getByRole('dialog', { name: dialogName });
      await dialog.waitFor();
      assert.ok((await focused(page)).inDialog, 'focus moves into the dialog');
      for (let i = 0; i < 40; i++) {
        await page.keyboard.press('Tab');
        assert.ok((await focused(page)).inDialog, `focus stays inside after ${i + 1} Tab presses`);
      }
      assert.deepEqual(await axeProblems(page), [], `axe with the ${name} open`);
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'detached' });
      assert.equal((await focused(page)).testId, opener, 'focus goes back to the button that opened it');
      // A click outside (on the backdrop) closes it too.
      await page.getByTestId(opener).click();
      await dialog.waitFor();
      await page.mouse.click(3, 3);
      await dialog.waitFor({ state: 'detached' });
    });
  }
});
