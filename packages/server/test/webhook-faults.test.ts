import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { WebhookBody } from '../src/alerts/webhook-body.js';
import { spawnServer } from '../../../scripts/lib/spawn-server.js';
import { postJson, until } from './helpers.js';
import { receiver } from './webhook-receivers.js';

const SERIES = 100;
const ROUNDS = 16;
const CONCURRENCY = 2;
const QUEUE = 5;

const openFiles = (pid: number) => readdirSync(`/proc/${pid}/fd`).length;
const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))![1]) / 1024;

/** The value of an unlabelled (or exactly labelled) series in a Prometheus text page. */
function metric(page: string, series: string): number {
  const line = page.split('\n').find((l) => l.startsWith(`${series} `));
  assert.ok(line, `${series} in /metrics`);
  return Number(line.split(' ')[1]);
}

test('a hanging and a failing webhook under 100 flapping series: bounded deliveries, flat open files and memory, grouped bodies, and SIGTERM exits 0 within 5 s', async (t) => {
  const hang = await receiver('hang');
  const failing = await receiver(500);
  const server = await spawnServer([
    '--no-demo',
    '--history',
    ':memory:',
    // One sample per window: each series' p90 is its last value, so every round flips every series.
    '--window-samples',
    '1',
    '--alert-webhooks',
    `${hang.url},${failing.url}`,
    '--webhook-concurrency',
    String(CONCURRENCY),
    '--webhook-queue-size',
    String(QUEUE),
    '--webhook-timeout-ms',
    '2000',
    '--webhook-backoff-ms',
    '200',
  ]);
  let terminated = false;
  try {
    const rule = await postJson(`${server.url}/api/v1/alerts/rules`, {
      name: 'flapping',
      targetPattern: 'flap',
      keyPattern: '*',
      metric: 'p90',
      threshold: 100,
    });
    assert.equal(rule.status, 201);
    const keys = Array.from({ length: SERIES }, (_, i) => `key-${i}`);

    const samples: { fds: number; rss: number; inFlight: number; queued: number }[] = [];
    // Retries repeat older bodies: a round's body is one from a later evaluation than the last round's.
    let lastEvaluatedAt = '';
    for (let round = 0; round < ROUNDS; round++) {
      const state = round % 2 === 0 ? 'firing' : 'resolved';
      const sent = await postJson(`${server.url}/api/v1/events`, {
        events: keys.map((key) => ({ targetId: 'flap', key, valueMs: state === 'firing' ? 500 : 10 })),
      });
      assert.equal(sent.status, 200);
      // The round ends when the failing receiver gets the evaluation that saw every series flip, in one body.
      await until(`round ${round}: one body listing all ${SERIES} series ${state}`, () => {
        const body = (failing.bodies as WebhookBody[]).find((b) => b.evaluatedAt > lastEvaluatedAt && b.status === state);
        if (body === undefined) return false;
        assert.equal(body.alerts.length, SERIES, `one body lists every series that changed in the evaluation: ${JSON.stringify(body).slice(0, 500)}`);
        assert.ok(body.alerts.every((a) => a.state === state));
        lastEvaluatedAt = body.evaluatedAt;
        return true;
      });
      const page = await (await fetch(`${server.url}/metrics`)).text();
      samples.push({
        fds: openFiles(server.pid),
        rss: rssMiB(server.pid),
        inFlight: metric(page, 'latency_dash_webhook_in_flight'),
        queued: metric(page, 'latency_dash_webhook_queued'),
      });
    }

    const page = await (await fetch(`${server.url}/metrics`)).text();
    const health = await fetch(`${server.url}/health`);
    assert.equal(health.status, 200, 'webhook trouble does not make /health fail');
    const webhooks = ((await health.json()) as { webhooks: { inFlight: number; troubled: { webhook: string; lastProblem: string }[] } }).webhooks;

    const report = JSON.stringify(samples);
    for (const s of samples) {
      assert.ok(s.inFlight <= 2 * CONCURRENCY, `deliveries in flight stay within ${CONCURRENCY} per webhook: ${report}`);
      assert.ok(s.queued <= 2 * QUEUE, `queued deliveries stay within ${QUEUE} per webhook: ${report}`);
    }
    // Generous bounds: before the fix this run held over a thousand sockets and grew by 200 MiB a minute.
    const base = samples[1];
    const fdGrowth = Math.max(...samples.map((s) => s.fds)) - base.fds;
    const rssGrowth = Math.max(...samples.map((s) => s.rss)) - base.rss;
    assert.ok(fdGrowth <= 20, `open files stay flat (grew by ${fdGrowth}): ${report}`);
    assert.ok(rssGrowth <= 64, `RSS stays flat (grew by ${rssGrowth.toFixed(1)} MiB): ${report}`);
    // The pool holds at most CONCURRENCY sockets; the receiver may see a replacement connect just before the old one's close.
    assert.ok(hang.maxOpenSockets <= 2 * CONCURRENCY, `the hanging receiver saw ${hang.maxOpenSockets} connections open at once`);
    assert.ok(hang.requests < ROUNDS * 2, `the hanging receiver got ${hang.requests} requests for ${ROUNDS} rounds`);

    // Grouped: one delivery per evaluation, not one per series.
    const attempts = failing.requests;
    assert.ok(attempts < ROUNDS * 5, `${attempts} attempts at the failing receiver for ${ROUNDS} rounds of ${SERIES} series`);
    assert.ok(metric(page, 'latency_dash_webhook_dropped_total{reason="queue_full"}') > 0, 'the hanging receiver overflowed its queue, counted');
    assert.ok(metric(page, 'latency_dash_webhook_attempt_failures_total') > 0);
    assert.equal(metric(page, 'latency_dash_webhook_delivered_total'), 0);
    assert.ok(webhooks.inFlight <= 2 * CONCURRENCY);
    assert.deepEqual(webhooks.troubled.length, 2, 'both webhooks show their trouble in /health');
    assert.ok(!JSON.stringify(webhooks).includes('secret-token'));
    const notices = server.output().match(/alert webhook in trouble/g) ?? [];
    assert.ok(notices.length <= 4, `trouble logged about once a minute per webhook, not per delivery: ${notices.length} lines`);

    // SIGTERM: the deliveries under way get the shutdown grace (3 s), then the process exits 0.
    const started = performance.now();
    terminated = true;
    server.child.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const code = await Promise.race([server.exited, new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), 5000)))]);
    clearTimeout(timer);
    const tookMs = Math.round(performance.now() - started);
    assert.notEqual(code, 'late', `the server was still running 5 s after SIGTERM; its output ends:\n${server.output().slice(-3000)}`);
    assert.equal(code, 0, `exit code after ${tookMs} ms; output ends:\n${server.output().slice(-3000)}`);
    assert.match(server.output(), /abandoned \d+ alert webhook deliveries at shutdown/);
    t.diagnostic(
      `open files ${base.fds} -> max ${base.fds + fdGrowth}; RSS ${base.rss.toFixed(0)} -> max ${(base.rss + rssGrowth).toFixed(0)} MiB; ` +
        `in flight max ${Math.max(...samples.map((s) => s.inFlight))}; hanging receiver: ${hang.requests} requests, ${hang.maxOpenSockets} open at most; ` +
        `failing receiver: ${attempts} requests; SIGTERM to exit ${tookMs} ms`,
    );
    await until('the hanging receiver to see every connection closed', () => hang.openSockets === 0);
  } finally {
    // Once SIGTERM is sent, a late exit is waited for (and already failed), never forced.
    await (terminated ? server.exited : server.stop());
    await hang.close();
    await failing.close();
  }
});
