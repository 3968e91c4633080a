import type uPlot from 'uplot';
import { describe, expect, it } from 'vitest';

// jsdom has no matchMedia, which uPlot reads when loaded (for the pixel ratio): a media query that never matches.
window.matchMedia ??= (media: string) =>
  ({ matches: false, media, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} }) as unknown as MediaQueryList;
const { latencyOptions, throughputOptions } = await import('./chart-options.js');

describe('chart options', () => {
  it('throughput bars start at zero, whatever the smallest value', () => {
    const range = throughputOptions()(400).scales!.y!.range as uPlot.Range.Function;
    expect(range({} as uPlot, 960, 1000, 'y')).toEqual([0, 1100]);
  });
  it('latency lines break where a series has no value, and one point shows a minute, not years', () => {
    const opts = latencyOptions(['a', 'b'], new Map())(400);
    expect(opts.series.slice(1).map((s) => s.spanGaps)).toEqual([false, false]);
    const range = opts.scales!.x!.range as uPlot.Range.Function;
    expect(range({} as uPlot, 1000, 1000, 'x')).toEqual([940, 1000]);
  });
});
