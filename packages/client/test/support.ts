import assert from 'node:assert/strict';
import { setImmediate as turn } from 'node:timers/promises';
import type { ClientEventMap, ClientEventName, LatencyDashClient } from '../src/index.js';

export { freePort, startServer, WAIT_MS, type Running } from '../../server/test/helpers.js';

/** Events per target as the server counts them (GET /api/v1/targets). */
export async function eventCounts(url: string, headers: Record<string, string> = {}): Promise<Record<string, number>> {
  const res = await fetch(`${url}/api/v1/targets`, { headers });
  if (!res.ok) throw new Error(`GET /api/v1/targets answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { targets: { targetId: string; eventCount: number }[] };
  return Object.fromEntries(body.targets.map((t) => [t.targetId, t.eventCount]));
}

/** The next `event` from the client matching `pred`; fails after WAIT_MS with what was seen instead. */
export function nextEvent<E extends ClientEventName>(
  client: LatencyDashClient,
  event: E,
  pred: (payload: ClientEventMap[E]) => boolean = () => true,
  timeoutMs = 30_000,
): Promise<ClientEventMap[E]> {
  return new Promise((resolve, reject) => {
    const seen: string[] = [];
    const timer = setTimeout(() => {
      off();
      reject(new Error(`no matching "${event}" within ${timeoutMs} ms; saw ${seen.slice(-5).join(' | ') || 'none'}`));
    }, timeoutMs);
    const off = client.on(event, (payload) => {
      if (!pred(payload)) {
        seen.push(JSON.stringify(payload));
        return;
      }
      clearTimeout(timer);
      off();
      resolve(payload);
    });
  });
}

/** Collects every payload of one event kind. */
export function collect<E extends ClientEventName>(client: LatencyDashClient, event: E): ClientEventMap[E][] {
  const out: ClientEventMap[E][] = [];
  client.on(event, (p) => out.push(p));
  return out;
}

/** Records `n` events of `target` (keys k0–k3, values 0–249) across turns of the event loop, as an application would between its own work. */
export async function recordSome(ld: LatencyDashClient, target: string, n: number, from: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    assert.equal(ld.record(target, `k${(from + i) % 4}`, (from + i) % 250), true);
    if (i % 25 === 24) await turn();
  }
}
