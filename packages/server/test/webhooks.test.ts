import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import pino from 'pino';
import type { WebhookBody } from '../src/alerts/webhook-body.js';
import { DEFAULT_WEBHOOK_OPTIONS, WebhookSender, type WebhookOptions } from '../src/alerts/webhook-sender.js';
import { ManualClock } from '../src/clock.js';
import { postJson, startServer, until } from './helpers.js';
import { receiver } from './webhook-receivers.js';

const silent = pino({ level: 'silent' });

/** A logger that keeps its JSON lines. */
function capturingLog(): { log: pino.Logger; lines: { level: number; msg: string }[] } {
  const lines: { level: number; msg: string }[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line) lines.push(JSON.parse(line) as { level: number; msg: string });
      done();
    },
  });
  return { log: pino({ level: 'info' }, sink), lines };
}

const options = (o: Partial<WebhookOptions>): WebhookOptions => ({ ...DEFAULT_WEBHOOK_OPTIONS, ...o });

test("a rule's changes of one evaluation reach its webhook and the global ones as one grouped body", async () => {
  const own = await receiver();
  const global = await receiver();
  const clock = new ManualClock(Date.now());
  const run = await startServer({ clock, windowSamples: 1, alertWebhooks: [global.url], webhookMaxAlerts: 4 });
  try {
    const created = await postJson(`${run.url}/api/v1/alerts/rules`, {
      name: 'slow ops',
      targetPattern: 'svc-*',
      keyPattern: 'op-*',
      metric: 'p90',
      threshold: 100,
      webhookUrl: own.url,
    });
    assert.equal(created.status, 201);
    const ruleId = (created.body as { rule: { id: number } }).rule.id;
    const series = ['svc-a', 'svc-b'].flatMap((targetId) => ['op-0', 'op-1', 'op-2'].map((key) => ({ targetId, key })));
    await postJson(`${run.url}/api/v1/events`, {
      events: [...series.map((s) => ({ ...s, valueMs: 200 })), { targetId: 'svc-a', key: 'other', valueMs: 200 }],
    });
    const firedAt = clock.nowMs();
    run.server.app.alerts.evaluate();
    await until('one body at each webhook', () => own.bodies.length === 1 && global.bodies.length === 1);

    const body = own.bodies[0] as WebhookBody;
    assert.deepEqual(global.bodies[0], body, 'the global webhook gets the same body');
    assert.deepEqual(Object.keys(body).sort(), ['alerts', 'evaluatedAt', 'firing', 'resolved', 'rule', 'status', 'truncatedAlerts', 'version']);
    assert.deepEqual(body.rule, {
      id: ruleId,
      name: 'slow ops',
      targetPattern: 'svc-*',
      keyPattern: 'op-*',
      metric: 'p90',
      op: 'above',
      threshold: 100,
      forS: 0,
    });
    assert.ok(!JSON.stringify(body).includes('secret-token'), "the rule's webhook URL (and its token) is not in the body");
    assert.equal(body.version, 1);
    assert.equal(body.status, 'firing');
    assert.equal(body.evaluatedAt, new Date(firedAt).toISOString());
    assert.deepEqual([body.firing, body.resolved, body.truncatedAlerts, body.alerts.length], [6, 0, 2, 4], 'six changes, four listed (--webhook-max-alerts)');
    for (const a of body.alerts) {
      assert.deepEqual(Object.keys(a).sort(), ['endsAt', 'key', 'startsAt', 'state', 'targetId', 'value']);
      assert.ok(series.some((s) => s.targetId === a.targetId && s.key === a.key));
      assert.deepEqual([a.state, a.value, a.startsAt, a.endsAt], ['firing', 200, body.evaluatedAt, null]);
    }

    clock.advance(5000);
    await postJson(`${run.url}/api/v1/events`, {
      events: [
        { targetId: 'svc-a', key: 'op-0', valueMs: 50 },
        { targetId: 'svc-b', key: 'op-1', valueMs: 60 },
      ],
    });
    run.server.app.alerts.evaluate();
    await until('the resolution', () => own.bodies.length === 2 && global.bodies.length === 2);
    const resolved = own.bodies[1] as WebhookBody;
    assert.deepEqual([resolved.status, resolved.firing, resolved.resolved, resolved.truncatedAlerts], ['resolved', 0, 2, 0]);
    assert.deepEqual(
      resolved.alerts.map((a) => [a.targetId, a.key, a.state, a.value, a.startsAt, a.endsAt]),
      [
        ['svc-a', 'op-0', 'resolved', 50, new Date(firedAt).toISOString(), new Date(firedAt + 5000).toISOString()],
        ['svc-b', 'op-1', 'resolved', 60, new Date(firedAt).toISOString(), new Date(firedAt + 5000).toISOString()],
      ],
    );
    await run.server.app.webhooks.drain();
    assert.deepEqual(run.server.app.webhooks.totalsNow().delivered, 4);
  } finally {
    await run.close();
    await own.close();
    await global.close();
  }
});

test('a hanging webhook holds at most its slots and its queue; the rest is dropped, counted and logged once; close abandons it and closes its sockets', async () => {
  const hang = await receiver('hang');
  const { log, lines } = capturingLog();
  const sender = new WebhookSender(log, options({ queueSize: 3, concurrency: 2, timeoutMs: 600_000, deadlineMs: 600_000, shutdownGraceMs: 200 }));
  try {
    for (let i = 0; i < 10; i++) sender.send(hang.url, JSON.stringify({ i }));
    assert.deepEqual(
      { ...sender.totalsNow(), dropped: sender.totalsNow().dropped.queue_full },
      { destinations: 1, inFlight: 2, queued: 3, delivered: 0, failed: 0, attemptFailures: 0, dropped: 5 },
    );
    await until('both requests to arrive', () => hang.requests === 2);
    assert.equal(hang.openSockets, 2, 'one connection per slot');
    const warnings = lines.filter((l) => l.level === 40);
    assert.equal(warnings.length, 1, `five drops, one line: ${JSON.stringify(warnings)}`);
    assert.ok(!JSON.stringify(lines).includes('secret-token'), 'the URL is logged without its token');
    const health = sender.health();
    assert.equal(health.inFlight, 2);

    await sender.close();
    assert.deepEqual(sender.totalsNow().dropped, { queue_full: 5, expired: 0, shutdown: 5 }, 'two under way and three queued abandoned');
    assert.match(lines.at(-1)!.msg, /abandoned 5 alert webhook deliveries at shutdown/);
    await until('the receiver to see every connection closed', () => hang.openSockets === 0);
    sender.send(hang.url, '{}');
    assert.equal(sender.totalsNow().dropped.shutdown, 6, 'after close, a delivery is dropped at once');
    assert.equal(hang.requests, 2);
  } finally {
    await sender.close();
    await hang.close();
  }
});

test('each attempt has a time limit, retries back off, and a delivery gives up at its deadline; aborted attempts close their sockets', async () => {
  const hang = await receiver('hang');
  const failing = await receiver(500);
  const sender = new WebhookSender(silent, options({ timeoutMs: 100, retries: 2, backoffMs: 10, deadlineMs: 600_000 }));
  // A generous time limit where the answer must count, whatever the machine's load.
  const patient = new WebhookSender(silent, options({ timeoutMs: 30_000, retries: 2, backoffMs: 10, deadlineMs: 600_000 }));
  const deadlined = new WebhookSender(silent, options({ timeoutMs: 150, retries: 20, backoffMs: 50, deadlineMs: 600 }));
  try {
    sender.send(hang.url, '{"n":1}');
    patient.send(failing.url, '{"n":2}');
    await sender.drain();
    await patient.drain();
    assert.equal(hang.requests, 3, 'the first attempt and two retries');
    assert.equal(failing.requests, 3);
    for (const [s, problem] of [
      [sender, 'no answer within 100 ms'],
      [patient, 'HTTP 500'],
    ] as const) {
      const totals = s.totalsNow();
      assert.deepEqual([totals.delivered, totals.failed, totals.attemptFailures], [0, 1, 3]);
      assert.deepEqual(
        s.health().troubled.map((t) => [t.failed, t.lastProblem]),
        [[1, problem]],
      );
    }
    await until('the timed-out connections to be closed', () => hang.openSockets === 0);

    const before = hang.requests;
    deadlined.send(hang.url, '{"n":3}');
    await deadlined.drain();
    assert.equal(deadlined.failed, 1, 'given up at the deadline, not after 20 retries');
    assert.ok(hang.requests - before < 6, `${hang.requests - before} attempts within a 600 ms deadline`);
  } finally {
    await sender.close();
    await patient.close();
    await deadlined.close();
    await hang.close();
    await failing.close();
  }
});

test('a bad --alert-webhooks URL stops the start with its reason, without the token', async () => {
  await assert.rejects(startServer({ alertWebhooks: ['ftp://hooks.example/secret'] }), (err: Error) => {
    assert.match(err.message, /alertWebhooks\[0\] \(--alert-webhooks, ALERT_WEBHOOKS\): "ftp:\/\/hooks\.example #[0-9a-f]{8}" must be an http or https URL/);
    assert.ok(!err.message.includes('secret'));
    return true;
  });
});
