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
