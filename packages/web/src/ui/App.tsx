import { useEffect, useMemo, useRef, useState } from 'react';
import { Connection } from '../core/connection.js';
import { SeriesStore } from '../core/series-store.js';
import { count } from '../core/format.js';
import { COMPARE, historyChart, historyRows, seriesLabel } from '../core/history-view.js';
import { sortRows } from '../core/sort-rows.js';
import { filterRows, toCsv, toJson } from '../core/table-data.js';
import { Timeline } from '../core/timeline.js';
import type { Row } from '../core/types.js';
import { AlertsBar } from './AlertsBar.js';
import { AlertsDialog } from './AlertsDialog.js';
import { Charts } from './Charts.js';
import { ColumnsMenu } from './ColumnsMenu.js';
import { ConnectionBadge } from './ConnectionBadge.js';
import { exportColumns } from './columns.js';
import { download } from './download.js';
import { HelpOverlay } from './HelpOverlay.js';
import { SeriesTable } from './SeriesTable.js';
import { StaleBanner, isStale } from './StaleBanner.js';
import { StoppedBanner } from './StoppedBanner.js';
import { SummaryCards } from './SummaryCards.js';
import { TargetPicker } from './TargetPicker.js';
import { useColumnVisibility } from './use-column-visibility.js';
import { useConnectionState } from './use-connection-state.js';
import { useHistory } from './use-history.js';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts.js';
import { useNotificationPermission } from './use-notification-permission.js';
import { useStoreRows } from './use-store-rows.js';
import { useTheme } from './use-theme.js';
import { useViewState } from './use-view-state.js';

/** An API key given once as ?apiKey= is kept in this browser and taken out of the URL, so shared links never carry it. */
function apiKey(): string | undefined {
  const q = new URLSearchParams(window.location.search);
  const given = q.get('apiKey');
  if (given) {
    localStorage.setItem('latency-dash.apiKey', given);
    q.delete('apiKey');
    const s = q.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${s ? `?${s}` : ''}`);
  }
  return localStorage.getItem('latency-dash.apiKey') ?? undefined;
}

function createLink(): { store: SeriesStore; connection: Connection; apiKey: string | undefined } {
  const key = apiKey();
  const q = new URLSearchParams(window.location.search);
  const origin = window.location.origin;
  const store = new SeriesStore();
  const connection = new Connection(store, {
    httpBase: '',
    // ?ws= points the dashboard at another WebSocket endpoint (and lets tests
    // make the WebSocket fail to exercise the polling fallback).
    wsUrl: q.get('ws') ?? `${origin.replace(/^http/, 'ws')}/ws`,
    transport: q.get('transport') === 'poll' ? 'poll' : 'auto',
    apiKey: key,
    createWorker: () => new Worker(new URL('../core/decode-worker.ts', import.meta.url), { type: 'module' }),
  });
  return { store, connection, apiKey: key };
}

/** The k rows with the highest p90, without sorting all of them. */
function topByP90(rows: readonly Row[], k: number): Row[] {
  const top: Row[] = [];
  for (const r of rows) {
    if (top.length < k) top.push(r);
    else if (r.p90 > top[k - 1].p90) top[k - 1] = r;
    else continue;
    top.sort((a, b) => b.p90 - a.p90);
  }
  return top;
}

export function App() {
  const [{ store, connection, apiKey: key }] = useState(createLink);
  const [view, setView] = useViewState();
  const theme = useTheme(view.theme);
  const state = useConnectionState(connection);
  const liveRows = useStoreRows(store);
  const [paused, setPaused] = useState(false);
  // What the view holds while paused: copies, since the store updates rows in place.
  const frozen = useRef<Row[]>([]);
  // Store changes since the pause: shown so the user knows the data is still flowing.
  const pausedAtVersion = useRef(0);
  if (!paused) pausedAtVersion.current = store.version;
  const changesWhilePaused = store.version - pausedAtVersion.current;
  const history = useHistory(view.range, view.compare, view.targets, view.split, key);
  const isHistory = view.range !== 'live';
  const historyTableRows = useMemo(() => historyRows(history.whole, history.toMs), [history.whole, history.toMs]);
  const rows = isHistory ? historyTableRows : paused ? frozen.current : liveRows;
  const [visible, toggleColumn] = useColumnVisibility();
  const [help, setHelp] = useState(false);
  const [alertsOpen, setAlertsOpen] = useState(false);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [nowMs, setNowMs] = useState(Date.now());
  const [timeline] = useState(() => new Timeline());
  const [tick, setTick] = useState(0);
  const keyFilterRef = useRef<HTMLInputElement>(null);
  const [notifyPermission, requestNotify] = useNotificationPermission();
  const notifyRef = useRef(notifyPermission);
  notifyRef.current = notifyPermission;

  useEffect(() => {
    connection.start();
    return () => connection.stop();
  }, [connection]);

  // First visit: watch everything the server has (up to 3 targets).
  useEffect(() => {
    if (view.targets.length === 0 && state.targets.length > 0 && !new URLSearchParams(window.location.search).has('targets')) {
      setView({ targets: state.targets.slice(0, 3) });
    }
  }, [state.targets, view.targets.length, setView]);

  useEffect(() => {
    connection.setSubscriptions(view.targets.map((targetId) => ({ targetId, split: view.split })));
  }, [connection, view.targets, view.split]);

  const shown = useMemo(() => filterRows(rows, view), [rows, view]);
  // The charts and cards follow the once-a-second tick (and view changes), not every frame.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const tickRows = useMemo(() => shown, [tick, view, paused, historyTableRows]);
  const shownRef = useRef(shown);
  shownRef.current = shown;

  // One clock for "x s ago", highlights and the timeline: once a second.
  useEffect(() => {
    const t = setInterval(() => {
      const now = Date.now();
      setNowMs(now);
      if (!pausedRef.current) {
        timeline.sample(shownRef.current, now);
        setTick((n) => n + 1);
      }
    }, 1000);
    return () => clearInterval(t);
  }, [timeline]);
  const pausedRef = useRef(paused);
  pausedRef.current = paused;

  // Browser notifications for alert changes, when the user allowed them.
  useEffect(
    () =>
      connection.onAlertChanges((changes) => {
        if (notifyRef.current !== 'granted') return;
        for (const c of changes.slice(0, 3)) new Notification(`latency-dash: ${c.ruleName} ${c.state}`, { body: `${c.targetId}/${c.key} ${c.metric} = ${c.value.toFixed(1)}`, tag: `${c.ruleId}|${c.targetId}|${c.key}` });
      }),
    [connection],
  );

  const chartIds = useMemo(() => {
    const pinned = shown.filter((r) => selected.has(r.id)).map((r) => r.id);
    if (pinned.length > 0) return pinned.slice(0, 8);
    return topByP90(shown, 5).map((r) => r.id).sort();
    // Recompute the default set once a second, not on every frame.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tick, selected, shown.length]);
  const labels = useMemo(() => {
    const wanted = new Set(chartIds);
    const out = new Map(chartIds.map((id) => [id, id]));
    for (const r of shown) if (wanted.has(r.id)) out.set(r.id, `${r.targetId}/${r.key}${r.metadataLabel ? ` {${r.metadataLabel}}` : ''}`);
    return out;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [chartIds]);

  const historyChartData = useMemo(() => {
    if (!isHistory) return undefined;
    const ids = [...historyTableRows].sort((a, b) => b.p90 - a.p90).slice(0, 5).map((r) => seriesLabel(r.targetId, r.key, r.metadata));
    return historyChart(history.overTime, history.earlier, ids, COMPARE[view.compare] ?? 0);
  }, [isHistory, historyTableRows, history.overTime, history.earlier, view.compare]);

  const exportRows = (format: 'csv' | 'json') => {
    const cols = exportColumns(visible);
    const stamp = new Date().toISOString().replace(/[:.]/g, '-');
    // In the order on screen.
    const ordered = sortRows(shown, view.sortId, view.sortDesc);
    if (format === 'csv') download(`latency-${stamp}.csv`, 'text/csv', toCsv(ordered, cols));
    else download(`latency-${stamp}.json`, 'application/json', toJson(ordered, cols));
  };
  const togglePause = () => {
    if (!paused) frozen.current = store.rows().map((r) => ({ ...r }));
    setPaused(!paused);
  };
  const toggleTheme = () => setView({ theme: theme === 'dark' ? 'light' : 'dark' });

  useKeyboardShortcuts({
    '/': () => keyFilterRef.current?.focus(),
    p: togglePause,
    Space: togglePause,
    s: () => setView({ split: !view.split }),
    d: toggleTheme,
    e: () => exportRows('csv'),
    j: () => exportRows('json'),
    '?': () => setHelp(true),
    a: () => setAlertsOpen(true),
    Escape: () => {
      setHelp(false);
      setAlertsOpen(false);
    },
  });

  return (
    <div className={`app ${isStale(state) && !isHistory ? 'stale' : ''}`}>
      <header className="top">
        <h1>
          latency<span className="accent">·</span>dash
        </h1>
        <ConnectionBadge state={state} />
        <div className="spacer" />
        {notifyPermission === 'default' ? (
          <button type="button" className="btn subtle" onClick={requestNotify}>
            Enable alert notifications
          </button>
        ) : null}
        <button type="button" className="btn subtle" onClick={() => setAlertsOpen(true)} data-testid="alerts-open">
          Alerts{state.firingAlerts.length > 0 ? ` (${state.firingAlerts.length} firing)` : ''}
        </button>
        <button type="button" className="btn subtle" onClick={toggleTheme} aria-label="Toggle dark mode" data-testid="theme-toggle">
          {theme === 'dark' ? '☀ Light' : '☾ Dark'}
        </button>
        <button type="button" className="btn subtle" onClick={() => setHelp(true)} aria-label="Keyboard shortcuts">
          ?
        </button>
      </header>
      <AlertsBar firing={state.firingAlerts} />
      {isHistory ? null : <StaleBanner state={state} nowMs={nowMs} />}
      <StoppedBanner state={state} />
      <section className="controls" aria-label="View controls">
        <TargetPicker available={state.targets} selected={view.targets} onChange={(targets) => setView({ targets })} />
        <label className="toggle">
          <input type="checkbox" checked={view.split} onChange={(e) => setView({ split: e.target.checked })} data-testid="split-toggle" />
          Split by metadata
        </label>
        <input ref={keyFilterRef} className="input" placeholder="Filter key or target  (/)" value={view.keyFilter} onChange={(e) => setView({ keyFilter: e.target.value })} data-testid="key-filter" aria-label="Filter by key" />
        <input className="input" placeholder="Metadata, e.g. tier=premium" value={view.metaFilter} onChange={(e) => setView({ metaFilter: e.target.value })} data-testid="meta-filter" aria-label="Filter by metadata" />
        <label className="field" title="Latency cells turn red above this, yellow from the warning percentage of it">
          Threshold
          <input className="input num" type="number" min={0} value={view.thresholdMs} onChange={(e) => setView({ thresholdMs: Math.max(0, Number(e.target.value) || 0) })} data-testid="threshold" />
          ms, warn at
          <input className="input num small" type="number" min={1} max={100} value={view.warnPct} onChange={(e) => setView({ warnPct: Math.min(100, Math.max(1, Number(e.target.value) || 80)) })} data-testid="warn-pct" />%
        </label>
        <label className="field">
          Range
          <select className="input select" value={view.range} onChange={(e) => setView({ range: e.target.value })} data-testid="range" aria-label="Time range">
            <option value="live">Live</option>
            <option value="15m">Last 15 min</option>
            <option value="1h">Last 1 h</option>
            <option value="6h">Last 6 h</option>
            <option value="24h">Last 24 h</option>
            <option value="7d">Last 7 days</option>
          </select>
          <select className="input select" value={view.compare} disabled={!isHistory} onChange={(e) => setView({ compare: e.target.value })} data-testid="compare" aria-label="Compare with">
            <option value="">No comparison</option>
            <option value="1d">vs a day earlier</option>
            <option value="1w">vs a week earlier</option>
          </select>
        </label>
        <label className="toggle">
          <input type="checkbox" checked={view.overOnly} onChange={(e) => setView({ overOnly: e.target.checked })} data-testid="over-only" />
          Over warning only
        </label>
        <label className="toggle">
          <input type="checkbox" checked={view.activeOnly} onChange={(e) => setView({ activeOnly: e.target.checked })} data-testid="active-only" />
          Active only
        </label>
        <div className="spacer" />
        <button type="button" className={`btn ${paused ? 'warn' : ''}`} onClick={togglePause} data-testid="pause" aria-pressed={paused}>
          {paused ? '▶ Resume' : '❚❚ Pause'}
        </button>
        <button type="button" className="btn" onClick={() => exportRows('csv')} data-testid="export-csv">
          CSV
        </button>
        <button type="button" className="btn" onClick={() => exportRows('json')} data-testid="export-json">
          JSON
        </button>
        <ColumnsMenu visible={visible} onToggle={toggleColumn} />
      </section>
      {isHistory ? (
        <div className="history-note" data-testid="history-note">
          History: the last {view.range}
          {view.compare ? `, compared with ${view.compare === '1d' ? 'a day' : 'a week'} earlier` : ''}. Figures cover the whole range (percentiles from merged sketches, ±1%).
          {history.loading ? ' Loading…' : ''}
          {history.error ? ` Could not load: ${history.error}` : ''}
        </div>
      ) : null}
      {paused && !isHistory ? (
        <div className="paused-note" data-testid="paused-note">
          Paused: the view is frozen; data keeps arriving and shows on resume (<span data-testid="paused-changes">{count(changesWhilePaused)}</span> update
          {changesWhilePaused === 1 ? '' : 's'} since the pause). Press <kbd>p</kbd> to resume.
        </div>
      ) : null}
      <SummaryCards timeline={timeline} tick={tick} />
      <Charts timeline={timeline} tick={tick} rows={tickRows} chartIds={chartIds} labels={labels} theme={theme} history={historyChartData} />
      <div className="table-meta muted" data-testid="row-count">
        {count(shown.length)} of {count(rows.length)} series
      </div>
      <SeriesTable
        rows={shown}
        visible={visible}
        sortId={view.sortId}
        sortDesc={view.sortDesc}
        onSort={(sortId, sortDesc) => setView({ sortId, sortDesc })}
        thresholdMs={view.thresholdMs}
        warnPct={view.warnPct}
        nowMs={nowMs}
        selected={selected}
        onSelect={(id) =>
          setSelected((s) => {
            const next = new Set(s);
            if (next.has(id)) next.delete(id);
            else next.add(id);
            return next;
          })
        }
      />
      {help ? <HelpOverlay onClose={() => setHelp(false)} /> : null}
      {alertsOpen ? <AlertsDialog apiKey={key} recent={state.recentAlertChanges} onClose={() => setAlertsOpen(false)} /> : null}
    </div>
  );
}
