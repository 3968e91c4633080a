import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Counter, Gauge, type Registry } from 'prom-client';
import { OutFrame, type FrameSink } from '../fanout/frame.js';
import type { Log } from '../log.js';
import { ProcessSampler } from './process-sampler.js';
import { RegistryValues } from './registry-values.js';
import { STATS_FAMILIES, buildServerStats } from './server-stats-builder.js';

export interface StatsPublisherOptions {
  nodeId: string;
  log: Log;
  /** Unix ms (the engine's clock, as every server_time on the wire). */
  nowMs(): number;
  historyOn: boolean;
  /** Why history is degraded, with what to do; '' when it is not. */
  historyReason(): string;
  /** A subscriber whose socket holds more than this unsent misses samples until it drains (--max-buffered-bytes). */
  maxBufferedBytes: number;
  /** 1000: the "once a second"; tests may tick by hand instead. */
  intervalMs?: number;
}

/**
 * The server's own health, once a second: samples the process (CPU, event
 * loop), reads the /metrics registry, and sends one ServerStats, encoded
 * once, to every connection that subscribed. The figures it adds
 * (CPU %, loop delay, samples, subscribers) are registered in that same
 * registry, so the message and a scrape read the same numbers.
 */
export class StatsPublisher {
  private readonly subscribers = new Set<FrameSink>();
  /** Created at start: its delay timer runs from then until stop. */
  private sampler: ProcessSampler | undefined;
  private readonly cpuCores = availableParallelism();
  private registry: Registry | undefined;
  private previous: RegistryValues | undefined;
  private latest: OutFrame | undefined;
  private timer: NodeJS.Timeout | undefined;
  private ticking = false;
  private lastTickMs = 0;
  /** Samples taken: latency_dash_stats_samples_total, and each ServerStats' seq. */
  samples = 0;

  constructor(private readonly options: StatsPublisherOptions) {}

  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** Adds a connection; it gets the latest sample at once, then one a second. Subscribing again only resends the latest. */
  subscribe(sink: FrameSink): void {
    this.subscribers.add(sink);
    if (this.latest !== undefined) this.sendTo(sink, this.latest);
  }

  /** False when the connection was not subscribed. */
  unsubscribe(sink: FrameSink): boolean {
    return this.subscribers.delete(sink);
  }

  /** Registers this publisher's figures in the /metrics registry and starts sampling. */
  async start(registry: Registry): Promise<void> {
    this.registry = registry;
    this.sampler = new ProcessSampler();
    this.registerMetrics(registry, this.sampler);
    this.previous = await RegistryValues.read(registry, STATS_FAMILIES);
    this.lastTickMs = performance.now();
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs ?? 1000);
    this.timer.unref();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.sampler?.stop();
    this.subscribers.clear();
  }

  /** One sample: process figures, a registry reading, one message to every subscriber. Public for tests. */
  async tick(): Promise<void> {
    // A reading still under way (it never should be: collects are synchronous) is not overtaken.
    if (this.ticking || this.registry === undefined || this.sampler === undefined) return;
    this.ticking = true;
    try {
      const nowTick = performance.now();
      const intervalS = (nowTick - this.lastTickMs) / 1000;
      this.lastTickMs = nowTick;
      this.sampler.sample();
      this.samples++;
      const now = await RegistryValues.read(this.registry, STATS_FAMILIES);
      const o = this.options;
      const stats = buildServerStats(now, this.previous, {
        nodeId: o.nodeId,
        nowMs: o.nowMs(),
        wallNowMs: Date.now(),
        intervalS,
        cpuCores: this.cpuCores,
        historyOn: o.historyOn,
        historyReason: o.historyReason(),
      });
      this.previous = now;
      this.latest = new OutFrame({ stats });
      for (const sink of this.subscribers) this.sendTo(sink, this.latest);
    } catch (err) {
      this.options.log.error({ err }, 'could not sample the server stats');
    } finally {
      this.ticking = false;
    }
  }

  /** A sample supersedes the one before: a connection that has not drained simply misses this one. */
  private sendTo(sink: FrameSink, frame: OutFrame): void {
    if (sink.bufferedAmount > this.options.maxBufferedBytes) return;
    sink.send(frame);
  }

  private registerMetrics(registry: Registry, sampler: ProcessSampler): void {
    const registers = [registry];
    new Gauge({
      name: 'latency_dash_process_cpu_percent',
      help: `CPU time over the last second, in percent of one core (from ${sampler.cpuSource === 'proc' ? '/proc/self/stat' : 'process.cpuUsage()'})`,
      registers,
      collect() {
        this.set(sampler.figures.cpuPercent);
      },
    });
    new Gauge({
      name: 'latency_dash_event_loop_delay_seconds',
      help: 'How late a 10 ms timer fired, over the last second (perf_hooks.monitorEventLoopDelay), by quantile',
      labelNames: ['quantile'],
      registers,
      collect() {
        this.set({ quantile: '0.5' }, sampler.figures.loopDelayP50Ms / 1000);
        this.set({ quantile: '0.99' }, sampler.figures.loopDelayP99Ms / 1000);
      },
    });
    new Gauge({
      name: 'latency_dash_event_loop_delay_max_seconds',
      help: 'The longest event-loop delay of the last second',
      registers,
      collect() {
        this.set(sampler.figures.loopDelayMaxMs / 1000);
      },
    });
    const samplesTaken = () => this.samples;
    const subscribers = () => this.subscriberCount;
    new Counter({
      name: 'latency_dash_stats_samples_total',
      help: 'Once-a-second samples of the server health taken (the seq of the last ServerStats message)',
      registers,
      collect() {
        this.reset();
        this.inc(samplesTaken());
      },
    });
    new Gauge({
      name: 'latency_dash_stats_subscribers',
      help: 'WebSocket connections subscribed to the once-a-second ServerStats',
      registers,
      collect() {
        this.set(subscribers());
      },
    });
  }
}
