import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { once } from 'node:events';
import { test } from 'node:test';
import pino from 'pino';
import { ManualClock } from '../src/clock.js';
import type { WebhookBody } from '../src/alerts/webhook-body.js';
import { DEFAULT_WEBHOOK_OPTIONS, WebhookSender } from '../src/alerts/webhook-sender.js';
import { TestClient, postJson, startServer, until } from './helpers.js';

/** A real local HTTP receiver that records JSON bodies and answers with the given statuses in turn. */
async function receiver(statuses: number[] = []): Promise<{ url: string; bodies: unknown[]; server: Server }> {
  const bodies: unknown[] = [];
  let n = 0;
  const server = createServer(async (req: IncomingMessage, res) => {
    let text = '';
    for await (const chunk of req) text += chunk;
    const status = statuses[n++] ?? 200;
    if (status === 200) bodies.push(JSON.parse(text));
    res.writeHead(status).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as { port: number }).port}/hook?token=abc`, bodies, server };
}

test('rules API: create, list, update, delete, with reasons for bad input', async () => {
  const run = await startServer();
  try {
    const base = `${run.url}/api/v1/alerts/rules`;
    const created = await postJson(base, {
      name: 'slow api',
      targetPattern: 'prod-*',
      keyPattern: 'api',
      metric: 'p90',
      op: 'above',
      threshold: 250,
      forS: 30,
    });
    assert.equal(created.status, 201);
    const rule = (created.body as { rule: { id: number; name: string; enabled: boolean } }).rule;
    assert.equal(rule.enabled, true);
    for (const [body, pattern] of [
      [{ metric: 'p90', threshold: 1 }, /name/],
      [{ name: 'x', metric: 'p42', threshold: 1 }, /metric must be one of/],
      [{ name: 'x', metric: 'p90', threshold: 'high' }, /threshold/],
      [{ name: 'x', metric: 'p90', threshold: 1, webhookUrl: 'ftp://x' }, /http or https/],
      [{ name: 'x', metric: 'p90', threshold: 1, forS: -1 }, /forS/],
      [{ name: 'x', metric: 'p90', threshold: 1, colour: 'red' }, /unknown field "colour"/],
    ] as const) {
      const res = await postJson(base, body);
      assert.equal(res.status, 400, JSON.stringify(body));
      assert.match((res.body as { error: { message: string } }).error.message, pattern);
    }
    const put = await fetch(`${base}/${rule.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ threshold: 300, enabled: false }),
    });
    assert.equal(put.status, 200);
    const updated = ((await put.json()) as { rule: { threshold: number; enabled: boolean; name: string } }).rule;
    assert.deepEqual([updated.threshold, updated.enabled, updated.name], [300, false, 'slow api']);
    const list = (await (await fetch(base)).json()) as { rules: unknown[] };
    assert.equal(list.rules.length, 1);
    assert.equal((await fetch(`${base}/${rule.id}`, { method: 'DELETE' })).status, 204);
    assert.equal((await fetch(`${base}/${rule.id}`, { method: 'DELETE' })).status, 404);
    assert.equal((await fetch(`${base}/abc`, { method: 'DELETE' })).status, 400);
  } finally {
    await run.close();
  }
});

test('rules API: an empty, null or text threshold is refused with a reason, never saved as 0; globs preview their series', async () => {
  const run = await startServer();
  try {
    const base = `${run.url}/api/v1/alerts/rules`;
    for (const threshold of ['', null, '250', 'high', true]) {
      const res = await postJson(base, { name: 'x', metric: 'p90', threshold });
      assert.equal(res.status, 400, JSON.stringify(threshold));
      assert.match((res.body as { error: { message: string } }).error.message, /threshold must be a number, in the metric's unit/);
    }
    const noFor = await postJson(base, { name: 'x', metric: 'p90', threshold: 1, forS: '' });
    assert.equal(noFor.status, 400);
    assert.match((noFor.body as { error: { message: string } }).error.message, /forS must be a whole number/);
    assert.deepEqual(((await (await fetch(base)).json()) as { rules: unknown[] }).rules, [], 'nothing was saved');

    const created = await postJson(base, { name: 'ok', metric: 'p90', threshold: 0 });
    assert.equal(created.status, 201, 'zero is a threshold when it is sent as a number');
    const id = (created.body as { rule: { id: number } }).rule.id;
    const put = await fetch(`${base}/${id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ threshold: '' }) });
    assert.equal(put.status, 400);
    const [rule] = ((await (await fetch(base)).json()) as { rules: { threshold: number }[] }).rules;
    assert.equal(rule!.threshold, 0, 'a refused change changes nothing');

    const events = [
      { targetId: 'prod-eu', key: 'api', valueMs: 1 },
      { targetId: 'prod-eu', key: 'db', valueMs: 1 },
      { targetId: 'prod-us', key: 'api', valueMs: 1 },
      { targetId: 'staging', key: 'api', valueMs: 1 },
    ];
    assert.equal((await postJson(`${run.url}/api/v1/events`, { events })).status, 200);
    const matches = async (query: string) => {
      const res = await fetch(`${run.url}/api/v1/alerts/matches?${query}`);
      return { status: res.status, body: (await res.json()) as { total: number; series: { targetId: string; key: string }[] } };
    };
    assert.deepEqual((await matches('targetPattern=prod-*&keyPattern=api')).body, {
      total: 2,
      series: [
        { targetId: 'prod-eu', key: 'api' },
        { targetId: 'prod-us', key: 'api' },
      ],
    });
    const limited = await matches('keyPattern=*&limit=1');
    assert.equal(limited.body.total, 4);
    assert.equal(limited.body.series.length, 1);
    assert.equal((await matches('targetPattern=nothing-*')).body.total, 0);
    assert.equal((await matches('limit=1000')).status, 400);
  } finally {
    await run.close();
  }
});

test('a rule fires after its duration, resolves when the condition clears; browsers and webhooks are told', async () => {
  const hook = await receiver();
  const clock = new ManualClock(Date.now());
  const run = await startServer({ clock, windowSamples: 10, alertWebhooks: [] });
  try {
    const res = await postJson(`${run.url}/api/v1/alerts/rules`, {
      name: 'api p90',
      targetPattern: 'prod-*',
      keyPattern: 'api',
      metric: 'p90',
      op: 'above',
      threshold: 100,
      forS: 30,
      webhookUrl: hook.url,
    });
    assert.equal(res.status, 201);
    const viewer = await TestClient.connect(run.wsUrl);
    await viewer.next((m) => m.msg === 'alerts');
    const send = (v: number, target = 'prod-a') =>
      postJson(`${run.url}/api/v1/events`, { events: Array.from({ length: 10 }, () => ({ targetId: target, key: 'api', valueMs: v })) });
    await send(200);
    await send(200, 'staging'); // does not match the target pattern
    const alerts = run.server.app.alerts;
    alerts.evaluate();
    clock.advance(29_000);
    alerts.evaluate();
    assert.equal(alerts.firing().length, 0, 'not before 30 s');
    clock.advance(1_000);
    alerts.evaluate();
    assert.equal(alerts.firing().length, 1);
    const fired = (await viewer.next((m) => m.msg === 'alerts' && m.alerts!.changes.length > 0)).alerts!;
    assert.deepEqual(
      fired.changes.map((c) => [c.state, c.targetId, c.key, c.value]),
      [['firing', 'prod-a', 'api', 200]],
    );
    assert.equal(fired.firing.length, 1);

    // The evaluator's own 1 s timer may resolve it while the POST is in flight:
    // next() looks from just past the firing message, so that one is not missed.
    await send(50);
    alerts.evaluate();
    const resolved = (await viewer.next((m) => m.msg === 'alerts' && m.alerts!.changes.length > 0)).alerts!;
    assert.equal(resolved.changes[0].state, 'resolved');
    assert.equal(resolved.firing.length, 0);

    await until('both webhook calls', () => hook.bodies.length === 2);
    const bodies = hook.bodies as WebhookBody[];
    assert.deepEqual(
      bodies.map((b) => [b.status, b.alerts.map((a) => a.state)]),
      [
        ['firing', ['firing']],
        ['resolved', ['resolved']],
      ],
    );
    assert.equal(bodies[0].rule.name, 'api p90');

    const log = (await (await fetch(`${run.url}/api/v1/alerts`)).json()) as { firing: unknown[]; recent: { state: string }[] };
    assert.equal(log.firing.length, 0);
    assert.deepEqual(
      log.recent.map((e) => e.state),
      ['resolved', 'firing'],
    );

    // A new connection learns what is firing right away.
    await send(500);
    alerts.evaluate();
    clock.advance(31_000);
    alerts.evaluate();
    const late = await TestClient.connect(run.wsUrl);
    const first = (await late.next((m) => m.msg === 'alerts')).alerts!;
    assert.equal(first.firing.length, 1);
    viewer.close();
    late.close();
  } finally {
    await run.close();
    hook.server.close();
  }
});

test('webhooks retry on 5xx and give up on 4xx, without blocking', async () => {
  const flaky = await receiver([500, 503, 200]);
  const refusing = await receiver([404, 200]);
  // A generous per-call timeout: a slow answer from a busy machine must not count as a failure here.
  const sender = new WebhookSender(pino({ level: 'silent' }), { ...DEFAULT_WEBHOOK_OPTIONS, timeoutMs: 30_000, backoffMs: 10 });
  try {
    sender.send(flaky.url, JSON.stringify({ n: 1 }));
    sender.send(refusing.url, JSON.stringify({ n: 2 }));
    await sender.drain();
    assert.deepEqual(flaky.bodies, [{ n: 1 }]);
    assert.deepEqual(refusing.bodies, []);
    assert.equal(sender.delivered, 1);
    assert.equal(sender.failed, 1);
    assert.equal(sender.totalsNow().attemptFailures, 3, '500, 503, then 404');
  } finally {
    await sender.close();
    flaky.server.close();
    refusing.server.close();
  }
});

test('rules from the config file are created once, by name', async () => {
  const rule = { name: 'from config', metric: 'p99', threshold: 900, forS: 10 };
  const run = await startServer({ alertRules: [rule, rule] });
  try {
    const { rules } = (await (await fetch(`${run.url}/api/v1/alerts/rules`)).json()) as { rules: { name: string; targetPattern: string }[] };
    assert.deepEqual(
      rules.map((r) => [r.name, r.targetPattern]),
      [['from config', '*']],
    );
  } finally {
    await run.close();
  }
  await assert.rejects(startServer({ alertRules: [{ name: 'bad', metric: 'p90' }] }), /alertRules\[0\]: threshold/);
});
