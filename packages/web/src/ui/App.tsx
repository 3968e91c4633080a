import { useCallback, useMemo, useRef, useState } from 'react';
import { count } from '@latency-dash/protocol/live';
import { filterRows } from '../core/table-data.js';
import { AlertsBar } from './AlertsBar.js';
import { AlertsDialog } from './AlertsDialog.js';
import { Charts } from './Charts.js';
import { Controls } from './Controls.js';
import { exportRows } from './export-rows.js';
import { HelpOverlay } from './HelpOverlay.js';
import { SeriesTable } from './SeriesTable.js';
import { ServerPanel } from './ServerPanel.js';
import { StaleBanner, isStale } from './StaleBanner.js';
import { StoppedBanner } from './StoppedBanner.js';
import { SummaryCards } from './SummaryCards.js';
import { TopBar } from './TopBar.js';
import { useAlertNotifications } from './use-alert-notifications.js';
import { useChartSeries } from './use-chart-series.js';
import { useClock } from './use-clock.js';
import { useColumnVisibility } from './use-column-visibility.js';
import { useConnectionState } from './use-connection-state.js';
import { useHistoryView } from './use-history-view.js';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts.js';
import { useLink } from './use-link.js';
import { useNotificationPermission } from './use-notification-permission.js';
import { usePause } from './use-pause.js';
import { useSampled } from './use-sampled.js';
import { useSelectedLabels } from './use-selected-labels.js';
import { useSelection } from './use-selection.js';
import { useServerStats } from './use-server-stats.js';
import { useStoreRows } from './use-store-rows.js';
import { useTheme } from './use-theme.js';
import { useViewState } from './use-view-state.js';
import { useWatchedTargets } from './use-watched-targets.js';
import { useLargeTargets } from './use-large-targets.js';
import { useWindowRequest } from './use-window-request.js';
import { planSubscriptions } from '../core/window-plan.js';
import { WindowNote } from './WindowNote.js';
import { ViewNotes } from './ViewNotes.js';
import { LimitNote } from './LimitNote.js';
import { NoSeries, NoTargets, UnknownTargets } from './EmptyState.js';

export function App() {
  const { store, connection, apiKey } = useLink();
  const [view, setView] = useViewState();
  const theme = useTheme(view.theme);
  const state = useConnectionState(connection);
  const liveRows = useStoreRows(store);
  const historyActive = view.range !== 'live';
  // Large targets go through server-side windows (window-plan.ts); one alone is browsed window by window.
  const large = useLargeTargets(state, view.targets, view.split, store);
  const browsed = view.targets.length === 1 && large.includes(view.targets[0]) ? view.targets[0] : undefined;
  const liveWindow = browsed === undefined ? undefined : store.windowOf(browsed, view.split);
  const pause = usePause(store, liveWindow);
  const [selected, toggleSelected] = useSelection();
  const [span, onRange] = useWindowRequest(state.maxViewRows);
  const largeKey = large.join('\u0000');
  const maxViewRows = state.maxViewRows;
  // Until the targets' sizes are known, a large target would stream whole once for nothing: wait for them (one HTTP call).
  const countsKnown = state.countsKnown;
  const wanted = useMemo(
    () => (countsKnown ? planSubscriptions(view, maxViewRows, new Set(largeKey.split('\u0000')), span, selected) : []),
    [countsKnown, view, maxViewRows, largeKey, span, selected],
  );
  const liveSelected = useSelectedLabels(historyActive, selected, liveRows);
  const history = useHistoryView(view, apiKey, selected, liveSelected);
  const rows = history.active ? history.rows : (pause.frozen ?? liveRows);
  const [visible, toggleColumn] = useColumnVisibility();
  const [help, setHelp] = useState(false);
  const [alertsOpen, setAlertsOpen] = useState(false);
  const [serverOpen, setServerOpen] = useState(false);
  const serverStats = useServerStats(connection);
  const keyFilterRef = useRef<HTMLInputElement>(null);
  const [notifyPermission, requestNotify] = useNotificationPermission();
  useWatchedTargets(connection, state.targets, view, setView, wanted);
  useAlertNotifications(connection, notifyPermission);

  const shown = useMemo(() => filterRows(rows, view), [rows, view]);
  // The table of a large target alone: the server's window (sorted and filtered there), frozen with the pause.
  const tableWindow = history.active ? undefined : pause.paused ? pause.frozenWindow : liveWindow;
  const tableRows = tableWindow?.rows ?? shown;
  const [orderHeld, setOrderHeld] = useState(false);
  const live = !history.active;
  // Before the server said what it has, or before a watched target's first snapshot: loading, not zeros.
  const loading =
    live &&
    state.status !== 'stopped' &&
    liveRows.length === 0 &&
    (!state.targetsKnown || view.targets.some((t) => state.targets.includes(t) && !store.isLoaded(t, view.split)));
  const unknownTargets = live && state.targetsKnown ? view.targets.filter((t) => !state.targets.includes(t)) : [];
  const keyed = apiKey !== undefined;
  const emptyState =
    !live || !state.targetsKnown || tableWindow !== undefined ? null : unknownTargets.length > 0 ? (
      <UnknownTargets
        unknown={unknownTargets}
        available={state.targets}
        keyed={keyed}
        onPick={(t) => setView({ targets: [...view.targets.filter((v) => state.targets.includes(v)), t] })}
      />
    ) : state.targets.length === 0 ? (
      <NoTargets keyed={keyed} />
    ) : !loading && view.targets.length > 0 && rows.length === 0 ? (
      <NoSeries targetId={view.targets[0]} keyed={keyed} />
    ) : null;
  // The live timeline keeps sampling the live rows while a range is shown, so
  // going back to live finds no hole in the sparklines and no trend against it.
  const liveSource = pause.frozen ?? liveRows;
  const liveShown = useMemo(() => (history.active ? filterRows(liveSource, view) : shown), [history.active, liveSource, view, shown]);
  // Loading: no samples either, so the cards and charts start with the first real figures, not zeros.
  const { timeline, nowMs, tick } = useClock(liveShown, pause.paused, !isStale(state) && !loading);
  // The charts and cards follow the once-a-second tick (and view changes), not every frame.
  const chartRows = useSampled(shown, tick, [view, pause.paused, history.rows]);
  const chart = useChartSeries(chartRows, selected);

  const onZoom = useCallback((fromMs: number, toMs: number) => setView({ range: 'custom', fromMs, toMs }), [setView]);
  const onExport = (format: 'csv' | 'json') => exportRows(format, tableRows, view, visible);
  const toggleTheme = () => setView({ theme: theme === 'dark' ? 'light' : 'dark' });
  useKeyboardShortcuts({
    '/': () => keyFilterRef.current?.focus(),
    p: pause.toggle,
    Space: pause.toggle,
    s: () => setView({ split: !view.split }),
    d: toggleTheme,
    e: () => onExport('csv'),
    j: () => onExport('json'),
    '?': () => setHelp(true),
    a: () => setAlertsOpen(true),
    h: () => setServerOpen(true),
    Escape: () => {
      setHelp(false);
      setAlertsOpen(false);
      setServerOpen(false);
    },
  });

  return (
    <div className={`app ${isStale(state) && !history.active ? 'stale' : ''}`}>
      <TopBar
        state={state}
        theme={theme}
        notifyPermission={notifyPermission}
        onRequestNotify={requestNotify}
        onAlerts={() => setAlertsOpen(true)}
        onToggleTheme={toggleTheme}
        onHelp={() => setHelp(true)}
        server={{
          level: serverStats.level(nowMs),
          warnings: serverStats.live(nowMs).reduce((n, node) => n + node.warnings.length, 0),
          open: serverOpen,
          onOpen: () => setServerOpen(true),
        }}
      />
      <main className="app-main">
        <AlertsBar firing={state.firingAlerts} />
        {history.active ? null : <StaleBanner state={state} nowMs={nowMs} />}
        <StoppedBanner state={state} />
        <LimitNote limited={state.limitedTargets} watched={view.targets} />
        <Controls
          view={view}
          setView={setView}
          available={state.targets}
          keyFilterRef={keyFilterRef}
          paused={pause.paused}
          onPause={pause.toggle}
          onExport={onExport}
          visible={visible}
          onToggleColumn={toggleColumn}
        />
        <ViewNotes view={view} history={history} pause={pause} />
        {history.active ? null : (
          <WindowNote large={large} watched={view.targets} window={tableWindow} counts={state.seriesCounts} split={view.split} loaded={rows.length} />
        )}
        <SummaryCards timeline={timeline} tick={tick} history={history.totals} loading={loading} />
        <Charts
          timeline={timeline}
          tick={tick}
          rows={chartRows}
          chartIds={chart.ids}
          labels={chart.labels}
          theme={theme}
          history={history.chart}
          historyTotals={history.totals}
          onZoom={onZoom}
        />
        {emptyState}
        <div className="table-meta muted">
          <span data-testid="row-count">
            {tableWindow === undefined
              ? `${count(shown.length)} of ${count(rows.length)} series`
              : `${count(tableWindow.total)} of ${count(Math.max(tableWindow.total, listedSeries(state.seriesCounts, browsed!, view.split)))} series`}
          </span>
          {orderHeld ? (
            <span
              className="order-held"
              data-testid="order-held"
              title="Rows keep their places while the pointer is over the table; they resort when it leaves"
            >
              ❚❚ order held while the pointer is on the table
            </span>
          ) : null}
        </div>
        {emptyState !== null && rows.length === 0 ? null : (
          <SeriesTable
            rows={tableRows}
            serverWindow={tableWindow}
            onRange={onRange}
            visible={visible}
            sortId={view.sortId}
            sortDesc={view.sortDesc}
            onSort={(sortId, sortDesc) => setView({ sortId, sortDesc })}
            thresholdMs={view.thresholdMs}
            warnPct={view.warnPct}
            nowMs={nowMs}
            selected={selected}
            onSelect={toggleSelected}
            onHoldChange={setOrderHeld}
            loading={loading}
          />
        )}
      </main>
      {help ? <HelpOverlay onClose={() => setHelp(false)} /> : null}
      {serverOpen ? <ServerPanel log={serverStats} serverId={state.serverId} nowMs={nowMs} onClose={() => setServerOpen(false)} /> : null}
      {alertsOpen ? (
        <AlertsDialog
          apiKey={apiKey}
          firing={state.firingAlerts}
          recent={state.recentAlertChanges}
          onShowSeries={(targetId, key) => {
            setView({ targets: view.targets.includes(targetId) ? view.targets : [...view.targets, targetId], keyFilter: key });
            // Charted too, when the page has its combined row already.
            const row = liveRows.find((r) => r.targetId === targetId && r.key === key && r.metadataLabel === '');
            if (row !== undefined && !selected.has(row.id)) toggleSelected(row.id);
            setAlertsOpen(false);
          }}
          onClose={() => setAlertsOpen(false)}
        />
      ) : null}
    </div>
  );
}

/** A target's series as the targets list last gave them (0 when it has not). */
function listedSeries(counts: Record<string, { split: number; combined: number }>, targetId: string, split: boolean): number {
  const c = counts[targetId];
  return c === undefined ? 0 : split ? c.split : c.combined;
}
