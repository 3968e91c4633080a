import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { spawnServer, type ServerProcess } from '../scripts/lib/spawn-server.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for Debian's Chromium here: as root, without a GPU, in a closed network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Chromium with this machine's flags, plus any the caller needs (the browser bench reads precise memory). */
export function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

/** Why the browser tests skip when they do. */
export const NO_BROWSER = `Chromium not found at ${CHROMIUM}: apt-get install chromium (or set CHROMIUM_PATH)`;

/**
 * Debian's Chromium through playwright-core. Without it, undefined: each
 * browser test then skips with NO_BROWSER as its reason locally; under
 * CI=true this throws instead, so CI never passes by skipping. (Called from
 * a suite's before hook, which cannot skip.)
 */
export async function launchBrowser(): Promise<Browser | undefined> {
  if (!existsSync(CHROMIUM)) {
    if (process.env.CI === 'true') throw new Error(NO_BROWSER);
    return undefined;
  }
  return launchChromium();
}

const WEB_DIST = fileURLToPath(new URL('../packages/web/dist/index.html', import.meta.url));

/** Fails the suite (from its before hook) when the dashboard is not built; npm test builds it first. */
export function assertWebBuilt(): void {
  assert.ok(existsSync(WEB_DIST), 'packages/web/dist is missing: run `npm run build -w @latency-dash/web` (npm test does)');
}

/** Posts events as JSON and asserts the server took the batch (200). */
export async function postEvents(url: string, events: unknown[]): Promise<void> {
  const res = await fetch(`${url}/api/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ events }) });
  assert.equal(res.status, 200, await res.text());
}

/** What a browser suite's tests use: Chromium (undefined when it is missing locally: skip with NO_BROWSER) and a real server. */
export interface BrowserSuite {
  browser: Browser | undefined;
  server: ServerProcess;
}

/**
 * Registers a describe block's setup and teardown: the dashboard built,
 * Chromium launched, a real server spawned with `serverArgs`, the
 * screenshot folder made (when given); Chromium and the server stopped
 * after. Its fields are set once the suite's before hook has run.
 */
export function browserSuite(serverArgs: string[], screenshots?: string): BrowserSuite {
  const suite = { browser: undefined, server: undefined } as unknown as BrowserSuite;
  before(async () => {
    assertWebBuilt();
    suite.browser = await launchBrowser();
    suite.server = await spawnServer(serverArgs);
    if (screenshots !== undefined) mkdirSync(screenshots, { recursive: true });
  });
  after(async () => {
    await suite.browser?.close();
    await (suite.server as ServerProcess | undefined)?.stop();
  });
  return suite;
}
