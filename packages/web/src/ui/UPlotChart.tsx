import { useEffect, useEffectEvent, useRef } from 'react';
import uPlot, { type AlignedData, type Options } from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { useElementWidth } from './use-element-width.js';

export interface UPlotChartProps {
  /** Builds options for a width; a change of `optionsKey` rebuilds the chart. */
  options: (width: number) => Options;
  optionsKey: string;
  data: AlignedData;
  height: number;
  label: string;
}

/**
 * A uPlot canvas: created once per options change, then only fed new data
 * (one setData per update, no React re-render of the canvas).
 */
export function UPlotChart({ options, optionsKey, data, height, label }: UPlotChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const width = useElementWidth(box);
  // Builds with the options, width and data of the moment, without making
  // them reasons to rebuild: width changes resize, data changes setData.
  const build = useEffectEvent((el: HTMLDivElement) => new uPlot({ ...options(width), width, height }, data, el));

  useEffect(() => {
    if (!box.current) return;
    const u = build(box.current);
    plot.current = u;
    return () => {
      u.destroy();
      plot.current = null;
    };
  }, [optionsKey, height]);

  useEffect(() => {
    plot.current?.setSize({ width, height });
  }, [width, height]);

  useEffect(() => {
    plot.current?.setData(data);
  }, [data]);

  return <div className="chart" ref={box} role="img" aria-label={label} />;
}
