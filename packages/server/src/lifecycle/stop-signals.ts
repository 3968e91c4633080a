import cluster from 'node:cluster';

/** The signals that ask a server process to stop gracefully. */
export type StopSignal = 'SIGINT' | 'SIGTERM';

const SIGNALS: readonly StopSignal[] = ['SIGINT', 'SIGTERM'];

/** Told of every stop signal, with how many have come so far (1 for the first). */
export type StopListener = (signal: StopSignal, count: number) => void;

/**
 * SIGINT/SIGTERM caught from the moment a process means to stop on them,
 * before it has anything to stop. Without this a signal during start-up
 * (loading modules from source takes seconds on a busy machine) takes the
 * default action and kills the process mid-way: a --workers primary then
 * dies without telling workers it has already forked, and a worker dies by
 * the signal instead of exiting 0. Signals that come before anyone listens
 * are kept and handed to the listener when it comes, in order.
 */
export class StopSignals {
  private readonly received: StopSignal[] = [];
  private listener: StopListener | undefined;
  private readonly handlers = new Map<StopSignal, () => void>();

  constructor() {
    for (const signal of SIGNALS) {
      const handler = () => this.deliver(signal);
      this.handlers.set(signal, handler);
      process.on(signal, handler);
    }
    // For harnesses (tests, benches): a parent killed by a signal cannot stop its server, but its end of our
    // stdin closes with it, which stops us as a SIGTERM would. (A --workers worker shares its primary's stdin:
    // the primary is the one to watch it, and it stops the workers.)
    if (process.env.LATENCY_DASH_STOP_ON_STDIN_END === '1' && !cluster.isWorker) {
      const closed = () => {
        if (this.handlers.size > 0) this.deliver('SIGTERM');
      };
      process.stdin.once('end', closed);
      process.stdin.once('error', closed);
      process.stdin.resume();
    }
  }

  /** The first stop signal received, if any. */
  get requested(): StopSignal | undefined {
    return this.received[0];
  }

  /** Makes `listener` the one listener; signals already received are handed to it at once. */
  listen(listener: StopListener): void {
    this.listener = listener;
    this.received.forEach((signal, i) => listener(signal, i + 1));
  }

  /** Gives the signals back to their default action (a process that goes on after its server stopped, such as a test). */
  release(): void {
    for (const [signal, handler] of this.handlers) process.off(signal, handler);
    this.handlers.clear();
    this.listener = undefined;
    if (current === this) current = undefined;
  }

  private deliver(signal: StopSignal): void {
    this.received.push(signal);
    this.listener?.(signal, this.received.length);
  }
}

let current: StopSignals | undefined;

/** Starts catching SIGINT/SIGTERM for this process (once: later calls return the same catcher). */
export function catchStopSignals(): StopSignals {
  current ??= new StopSignals();
  return current;
}
