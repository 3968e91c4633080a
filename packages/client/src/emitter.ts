import type { ClientEventMap, ClientEventName, Listener } from './types.js';

/**
 * Typed listeners without Node's EventEmitter (not in browsers). A
 * listener that throws is reported on the console and does not stop the
 * others, nor the client: monitoring must never break the app it watches.
 */
export class Emitter {
  private readonly listeners: { [E in ClientEventName]?: Set<Listener<E>> } = {};

  on<E extends ClientEventName>(event: E, listener: Listener<E>): () => void {
    const set = (this.listeners[event] ??= new Set<Listener<E>>() as never) as Set<Listener<E>>;
    set.add(listener);
    return () => set.delete(listener);
  }

  has(event: ClientEventName): boolean {
    return (this.listeners[event]?.size ?? 0) > 0;
  }

  emit<E extends ClientEventName>(event: E, payload: ClientEventMap[E]): void {
    const set = this.listeners[event] as Set<Listener<E>> | undefined;
    if (set === undefined) return;
    for (const listener of set) {
      try {
        listener(payload);
      } catch (err) {
        console.error(`@latency-dash/client: a "${event}" listener threw`, err);
      }
    }
  }
}
