import { METRICS, type MetricSource } from '@latency-dash/protocol';
import type { MetricsEngine } from '../metrics/engine.js';
import { readMetric } from '../metrics/metric-readers.js';
import type { Series } from '../metrics/series.js';
import { Slicer } from '../slices.js';

/**
 * The labelled families of /metrics (one label set per target, and per
 * series of the top N), written in the Prometheus text format here rather
 * than through prom-client: prom-client renders a registry in one
 * synchronous call, which at 1,000 targets and 500 series held the event
 * loop for over 100 ms; these are built in slices.
 */

/** The metric table's entries marked for Prometheus, grouped by name (the percentiles share one gauge with a quantile label). */
const PER_SERIES = new Map<string, { name: string; quantile?: string; source: MetricSource; kind: string; description: string }[]>();
for (const m of METRICS) {
  if (!('prometheus' in m)) continue;
  const entry = { ...m.prometheus, source: m.source, kind: m.kind as string, description: m.description };
  PER_SERIES.set(entry.name, [...(PER_SERIES.get(entry.name) ?? []), entry]);
}

/** One target's aggregates on /metrics: label sets bounded by the target limit, not by series. */
export interface TargetFigures {
  targetId: string;
  series: number;
  events: number;
  refused: number;
  atLimit: boolean;
}

const TARGET_FAMILIES: { name: string; type: 'gauge' | 'counter'; help: string; read: (t: TargetFigures) => number }[] = [
  { name: 'latency_dash_target_series', type: 'gauge', help: 'Series held for the target, combined and split', read: (t) => t.series },
  { name: 'latency_dash_target_events_total', type: 'counter', help: 'Events accepted for the target', read: (t) => t.events },
  {
    name: 'latency_dash_target_refused_events_total',
    type: 'counter',
    help: 'Events for the target refused by a cardinality limit',
    read: (t) => t.refused,
  },
  { name: 'latency_dash_target_at_limit', type: 'gauge', help: '1 once a cardinality limit refused events for the target', read: (t) => (t.atLimit ? 1 : 0) },
];

/** A label value in the text format: backslash, double quote and line feed escaped. */
function labelValue(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

function sampleValue(v: number): string {
  return Number.isNaN(v) ? 'NaN' : v === Infinity ? '+Inf' : v === -Infinity ? '-Inf' : String(v);
}

/**
 * The `n` combined series with the most events, with their target ids, and
 * every target's aggregates. One pass keeping a sorted list of at most n
 * (n is small next to the series count); ties keep the earlier series.
 */
async function scrapeSelection(
  engine: MetricsEngine,
  n: number,
  slicer = new Slicer(),
): Promise<{ top: { targetId: string; series: Series }[]; targets: TargetFigures[] }> {
  const top: { targetId: string; series: Series }[] = [];
  const targets: TargetFigures[] = [];
  let seen = 0;
  for (const target of engine.targets.values()) {
    targets.push({
      targetId: target.id,
      series: target.combined.size + target.split.size,
      events: target.eventCount,
      refused: target.refusedEvents,
      atLimit: target.atLimit,
    });
    if (n <= 0) continue;
    for (const series of target.combined.values()) {
      if ((++seen & 255) === 0 && slicer.due()) await slicer.yield();
      if (top.length === n && series.count <= top[n - 1].series.count) continue;
      let i = top.length === n ? n - 1 : top.length;
      if (top.length === n) top.pop();
      while (i > 0 && top[i - 1].series.count < series.count) i--;
      top.splice(i, 0, { targetId: target.id, series });
    }
  }
  return { top, targets };
}

/** The per-target and top-N per-series families as Prometheus text. */
export async function renderLabelledFamilies(engine: MetricsEngine, topN: number): Promise<string> {
  const slicer = new Slicer();
  const { top, targets } = await scrapeSelection(engine, topN, slicer);
  const out: string[] = [];
  for (const f of TARGET_FAMILIES) {
    out.push(`# HELP ${f.name} ${f.help}; one label set per target (at most --max-targets)`, `# TYPE ${f.name} ${f.type}`);
    for (const t of targets) out.push(`${f.name}{target="${labelValue(t.targetId)}"} ${sampleValue(f.read(t))}`);
    await slicer.maybeYield();
  }
  const topHelp = `; only the ${topN} combined series with the most events (top-N, --metrics-top-series)`;
  const now = engine.clock.nowMs();
  for (const [name, entries] of PER_SERIES) {
    const quantiles = entries.some((e) => e.quantile !== undefined);
    const help = quantiles
      ? `Latency quantiles of each combined series over its sample window (ms, nearest rank)${topHelp}`
      : `${entries[0].description}, per combined series${topHelp}`;
    out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${entries[0].kind === 'count' ? 'counter' : 'gauge'}`);
    for (const { targetId, series } of top) {
      const labels = `target="${labelValue(targetId)}",key="${labelValue(series.key)}"`;
      for (const e of entries) {
        const q = e.quantile !== undefined ? `,quantile="${e.quantile}"` : '';
        out.push(`${name}{${labels}${q}} ${sampleValue(readMetric(e.source, series, now))}`);
      }
      // A series nobody watches settles its whole window at its first read (sample-window.ts, ~0.2 ms at 1,000
      // samples): the soak's scrape held the loop 25–30 ms reading the top 100 in one piece.
      await slicer.maybeYield();
    }
    await slicer.maybeYield();
  }
  return out.join('\n') + '\n';
}
