import type { Ref } from 'react';
import { rangeBounds } from '../core/history-view.js';
import { fromLocalInput, toLocalInput } from '../core/local-time.js';
import type { ViewState } from '../core/view-state.js';
import { ColumnsMenu } from './ColumnsMenu.js';
import { TargetPicker } from './TargetPicker.js';

export interface ControlsProps {
  view: ViewState;
  setView: (patch: Partial<ViewState>) => void;
  /** Targets the server has. */
  available: string[];
  keyFilterRef: Ref<HTMLInputElement>;
  paused: boolean;
  onPause: () => void;
  onExport: (format: 'csv' | 'json') => void;
  visible: ReadonlySet<string>;
  onToggleColumn: (id: string, visible: boolean) => void;
}

/** Targets, split, filters, threshold, range, pause, exports and columns. */
export function Controls({ view, setView, available, keyFilterRef, paused, onPause, onExport, visible, onToggleColumn }: ControlsProps) {
  return (
    <section className="controls" aria-label="View controls">
      <TargetPicker available={available} selected={view.targets} onChange={(targets) => setView({ targets })} />
      <label className="toggle">
        <input type="checkbox" checked={view.split} onChange={(e) => setView({ split: e.target.checked })} data-testid="split-toggle" />
        Split by metadata
      </label>
      <input
        ref={keyFilterRef}
        className="input"
        placeholder="Filter key or target  (/)"
        value={view.keyFilter}
        onChange={(e) => setView({ keyFilter: e.target.value })}
        data-testid="key-filter"
        aria-label="Filter by key"
      />
      <input
        className="input"
        placeholder="Metadata, e.g. tier=premium"
        value={view.metaFilter}
        onChange={(e) => setView({ metaFilter: e.target.value })}
        data-testid="meta-filter"
        aria-label="Filter by metadata"
      />
      <ThresholdField view={view} setView={setView} />
      <RangeField view={view} setView={setView} />
      <label className="toggle">
        <input type="checkbox" checked={view.overOnly} onChange={(e) => setView({ overOnly: e.target.checked })} data-testid="over-only" />
        Over warning only
      </label>
      <label className="toggle">
        <input type="checkbox" checked={view.activeOnly} onChange={(e) => setView({ activeOnly: e.target.checked })} data-testid="active-only" />
        Active only
      </label>
      <div className="spacer" />
      <button type="button" className={`btn ${paused ? 'warn' : ''}`} onClick={onPause} data-testid="pause" aria-pressed={paused}>
        {paused ? '▶ Resume' : '❚❚ Pause'}
      </button>
      <button type="button" className="btn" onClick={() => onExport('csv')} data-testid="export-csv">
        CSV
      </button>
      <button type="button" className="btn" onClick={() => onExport('json')} data-testid="export-json">
        JSON
      </button>
      <ColumnsMenu visible={visible} onToggle={onToggleColumn} />
    </section>
  );
}

type FieldProps = { view: ViewState; setView: (patch: Partial<ViewState>) => void };

function ThresholdField({ view, setView }: FieldProps) {
  return (
    <label className="field" title="Latency cells turn red above this, yellow from the warning percentage of it">
      Threshold
      <input
        className="input num"
        type="number"
        min={0}
        value={view.thresholdMs}
        onChange={(e) => setView({ thresholdMs: Math.max(0, Number(e.target.value) || 0) })}
        data-testid="threshold"
      />
      ms, warn at
      <input
        className="input num small"
        type="number"
        min={1}
        max={100}
        value={view.warnPct}
        onChange={(e) => setView({ warnPct: Math.min(100, Math.max(1, Number(e.target.value) || 80)) })}
        data-testid="warn-pct"
      />
      %
    </label>
  );
}

function RangeField({ view, setView }: FieldProps) {
  const custom = view.range === 'custom';
  const choose = (range: string) => {
    if (range !== 'custom') return setView({ range, fromMs: 0, toMs: 0 });
    // A custom range starts as the range shown (or the last 15 min), to be edited from there.
    const { fromMs, toMs } = rangeBounds(view.range === 'live' ? { ...view, range: '15m' } : view, Date.now());
    setView({ range, fromMs: Math.floor(fromMs / 1000) * 1000, toMs: Math.ceil(toMs / 1000) * 1000 });
  };
  // A bound that is not a time, or that would end the range before it starts, is not taken (the field shows what holds).
  const edit = (which: 'fromMs' | 'toMs', value: string) => {
    const ms = fromLocalInput(value);
    const next = { fromMs: view.fromMs, toMs: view.toMs, [which]: ms };
    if (Number.isFinite(ms) && next.toMs > next.fromMs) setView(next);
  };
  return (
    <label className="field">
      Range
      <select className="input select" value={view.range} onChange={(e) => choose(e.target.value)} data-testid="range" aria-label="Time range">
        <option value="live">Live</option>
        <option value="15m">Last 15 min</option>
        <option value="1h">Last 1 h</option>
        <option value="6h">Last 6 h</option>
        <option value="24h">Last 24 h</option>
        <option value="7d">Last 7 days</option>
        <option value="custom">Custom…</option>
      </select>
      {custom ? (
        <>
          <input
            className="input"
            type="datetime-local"
            step={1}
            value={toLocalInput(view.fromMs)}
            onChange={(e) => edit('fromMs', e.target.value)}
            data-testid="range-from"
            aria-label="Range from (local time)"
          />
          to
          <input
            className="input"
            type="datetime-local"
            step={1}
            value={toLocalInput(view.toMs)}
            onChange={(e) => edit('toMs', e.target.value)}
            data-testid="range-to"
            aria-label="Range to (local time)"
          />
        </>
      ) : null}
      <select
        className="input select"
        value={view.compare}
        disabled={view.range === 'live'}
        onChange={(e) => setView({ compare: e.target.value })}
        data-testid="compare"
        aria-label="Compare with"
      >
        <option value="">No comparison</option>
        <option value="1d">vs a day earlier</option>
        <option value="1w">vs a week earlier</option>
      </select>
    </label>
  );
}
