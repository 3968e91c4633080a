import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { TargetSweeper } from '../lifecycle/target-sweeper.js';
import { MetricsEngine } from './engine.js';

declare module 'fastify' {
  interface FastifyInstance {
    engine: MetricsEngine;
    sweeper: TargetSweeper;
  }
}

/** The engine every other part reads and feeds, and the idle-target sweeper (SPEC F2, F8). */
async function metricsPlugin(app: FastifyInstance): Promise<void> {
  const { windowSamples, clock, inactivityTimeoutMs, sweepIntervalMs, maxTargets, maxSeries, maxSeriesPerTarget, maxMetadataCombinationsPerKey } = app.settings;
  const engine = new MetricsEngine({
    windowSamples,
    clock,
    limits: { maxTargets, maxSeries, maxSeriesPerTarget, maxMetadataCombinationsPerKey },
    // At most once a minute per target (the engine keeps the time), never per event.
    onLimit: (n) =>
      app.log.warn(
        { target: n.targetId, code: n.code, refused: n.refusedSinceLastNotice },
        `events refused: ${n.reason} (${n.refusedSinceLastNotice} since the last notice)`,
      ),
  });
  const sweeper = new TargetSweeper(engine, inactivityTimeoutMs, app.log);
  app.decorate('engine', engine);
  app.decorate('sweeper', sweeper);
  app.addHook('onReady', async () => sweeper.start(sweepIntervalMs));
  app.addHook('preClose', async () => sweeper.stop());
}

export default fp(metricsPlugin, { name: 'metrics', dependencies: ['settings'] });
