/**
 * `latency-dash top` in a real pseudo-terminal (tmux), against a real
 * server: it draws the rows of a live target, reacts to keys (sort,
 * pause, target switch), fits a resized terminal, reconnects when the
 * server comes back, and gives the terminal back as it was (main screen,
 * cursor shown) on q, Ctrl-C and SIGTERM.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { spawnServer, type ServerProcess } from '../../../scripts/lib/spawn-server.js';
import { haveTmux, Terminal } from './tmux.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const SERVER_ARGS = ['--no-demo', '--history', ':memory:'];
const ESC = String.fromCharCode(27);
const skip = haveTmux() ? false : 'tmux is not installed (apt-get install tmux; .ci/run installs it)';
if (skip && process.env.CI === 'true') throw new Error(`CI: ${skip}`);

let server: ServerProcess;

async function post(events: { targetId: string; key: string; valueMs: number }[]): Promise<void> {
  const res = await fetch(`${server.url}/api/v1/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ events }) });
  assert.equal(res.status, 200, await res.text());
}

/** Three series of alpha, each of one latency (thrice): green, yellow (≥ 80 % of 1000 ms) and red (> 1000 ms); one of beta. */
async function seed(): Promise<void> {
  const three = (targetId: string, key: string, valueMs: number) => [1, 2, 3].map(() => ({ targetId, key, valueMs }));
  await post([...three('alpha', 'fast', 10), ...three('alpha', 'mid', 900), ...three('alpha', 'slow', 1500), ...three('beta', 'other', 5)]);
}

before(async () => {
  if (skip) return;
  server = await spawnServer(SERVER_ARGS);
  await seed();
});

after(async () => {
  await server?.stop();
});

/** `top` in a fresh terminal. ink draws only on exit when CI is set in its environment: the pane gets none. */
async function startTop(term: Terminal, width = 120, height = 30): Promise<void> {
  const command = ['env', '-u', 'CI', '-u', 'CONTINUOUS_INTEGRATION', process.execPath, '--conditions=source', '--import', 'tsx', MAIN];
  await term.start([...command, 'top', '--url', server.url, '--target', 'alpha', '--threshold-ms', '1000'], { width, height, cwd: ROOT });
}

const lineOf = (lines: string[], key: string) => lines.findIndex((l) => l.startsWith(`${key} `));
/** The three alpha rows, top to bottom, once all are on screen with their p90. */
const alphaOrder = (lines: string[]) => {
  const at = ['fast', 'mid', 'slow'].map((k) => lineOf(lines, k));
  if (at.some((i) => i < 0) || lines.some((l) => /^(fast|mid|slow) .*–/.test(l))) return undefined;
  return ['fast', 'mid', 'slow'].sort((a, b) => lineOf(lines, a) - lineOf(lines, b)).join(' ');
};

async function assertRestored(term: Terminal): Promise<void> {
  assert.equal(await term.display('#{alternate_on}'), '0', 'back on the main screen');
  assert.equal(await term.display('#{cursor_flag}'), '1', 'cursor shown');
  const screen = (await term.screen()).join('\n');
  assert.doesNotMatch(screen, /● connected/, `the table is gone with the alternate screen:\n${screen}`);
}

test('top draws a live target, sorts, colours, pauses, switches target, fits a resize, reconnects, and q gives the terminal back', { skip }, async () => {
  const term = new Terminal();
  try {
    await startTop(term);
    const order = await term.waitFor('the three alpha rows', (lines) => (lines[0].includes('● connected') ? alphaOrder(lines) : undefined));
    assert.equal(order, 'slow mid fast', 'sorted by p90, worst first');
    assert.equal(await term.display('#{alternate_on}'), '1', 'the table is on the alternate screen');
    let lines = await term.screen();
    assert.match(lines[0], /alpha \(combined, 1\/2\) {2}3 rows .* sort p90 ↓/);
    assert.match(lines[2], /Count/, 'a 120-column terminal has room for the count');
    // The server's own health under the header, from its ServerStats (issue 14), as the dashboard's Server panel has it.
    lines = await term.waitFor('the server line', (l) => (/cpu \d+%/.test(l[1]) && /loop p99/.test(l[1]) ? l : undefined));
    assert.match(lines[1], /rss \d/);

    // Threshold colours and their cues, as in the dashboard: red ■ above 1000 ms, yellow ▲ from 800 ms, green below.
    assert.match(lines[lineOf(lines, 'slow')], /1500■/);
    assert.match(lines[lineOf(lines, 'mid')], /900▲/);
    assert.doesNotMatch(lines[lineOf(lines, 'fast')], /[■▲]/);
    const coloured = await term.screen(true);
    const sgr = new RegExp(`${ESC}\\[[0-9;]*m`, 'g');
    const colouredLine = (key: string) => coloured.find((l) => l.replace(sgr, '').startsWith(`${key} `)) ?? '';
    assert.ok(colouredLine('slow').includes(`${ESC}[31m`), 'red');
    assert.ok(colouredLine('mid').includes(`${ESC}[33m`), 'yellow');
    assert.ok(colouredLine('fast').includes(`${ESC}[32m`), 'green');

    await term.keys('r');
    assert.equal(await term.waitFor('ascending p90', (l) => (l[0].includes('sort p90 ↑') ? alphaOrder(l) : undefined)), 'fast mid slow');
    await term.keys('Right');
    const next = await term.waitFor('the next sort column', (l) => /sort (\S+) ↓/.exec(l[0])?.[1]);
    assert.notEqual(next, 'p90');
    await term.keys('Left');
    await term.waitFor('p90 again, worst first', (l) => (l[0].includes('sort p90 ↓') ? alphaOrder(l) : undefined));

    // Paused, the table holds still while the live rows move on underneath (the header counts them).
    await term.keys('Space');
    await term.waitFor('paused', (l) => (l[0].includes('PAUSED') && l[0].includes('3 rows (3 live)') ? true : undefined));
    await post([{ targetId: 'alpha', key: 'newkey', valueMs: 50 }]);
    lines = await term.waitFor('the new series, live but not shown', (l) => (l[0].includes('3 rows (4 live)') ? l : undefined));
    assert.equal(lineOf(lines, 'newkey'), -1);
    await term.keys('Space');
    lines = await term.waitFor('the new series after resuming', (l) => (lineOf(l, 'newkey') >= 0 ? l : undefined));
    assert.match(lines[0], /4 rows/);
    assert.doesNotMatch(lines[0], /PAUSED/);

    await term.keys('Tab');
    await term.waitFor('beta', (l) => (l[0].includes('beta (combined, 2/2)') && lineOf(l, 'other') >= 0 ? true : undefined));
    await term.keys('t');
    await term.waitFor('the target list', (l) => (l.some((x) => x.includes('beta  (watching)')) ? true : undefined));
    await term.keys('Up', 'Enter');
    await term.waitFor('alpha again', (l) => (l[0].includes('alpha (combined, 1/2)') ? alphaOrder(l) : undefined));

    await term.resize(60, 20);
    lines = await term.waitFor('the narrow layout', (l) => (!l[2].includes('Count') && l[2].includes('p90') && alphaOrder(l) ? l : undefined));
    assert.ok(lines.every((l) => l.length <= 60));

    // The server goes away and comes back on the same port: top reconnects and resubscribes by itself.
    const port = new URL(server.url).port;
    assert.equal(await server.stop(), 0);
    await term.waitFor('the lost connection', (l) => (/● (disconnected|connecting|polling)/.test(l[0]) ? true : undefined));
    server = await spawnServer([...SERVER_ARGS, '--port', port]);
    await seed();
    await term.waitFor('the rows from the new server', (l) => (l[0].includes('● connected') ? alphaOrder(l) : undefined));

    await term.keys('q');
    assert.equal(await term.exitStatus(), 0);
    await assertRestored(term);
  } finally {
    await term.close();
  }
});

test('Ctrl-C quits top with 0 and gives the terminal back', { skip }, async () => {
  const term = new Terminal();
  try {
    await startTop(term);
    await term.waitFor('the rows', (l) => alphaOrder(l));
    await term.keys('C-c');
    assert.equal(await term.exitStatus(), 0);
    await assertRestored(term);
  } finally {
    await term.close();
  }
});

test('SIGTERM stops top with 130 and gives the terminal back', { skip }, async () => {
  const term = new Terminal();
  try {
    await startTop(term);
    await term.waitFor('the rows', (l) => alphaOrder(l));
    // `env` execs node: the shell's child is top itself.
    process.kill(await term.commandPid(), 'SIGTERM');
    assert.equal(await term.exitStatus(), 130);
    await assertRestored(term);
  } finally {
    await term.close();
  }
});
