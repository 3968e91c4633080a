// @jsxRuntime automatic (tsx finds no tsconfig with "jsx" from the repository root; tsc and the bundle set it too)
import { CloseCode } from '@latency-dash/protocol';
import { count, describeClose, rate, sortRows, type ConnectionState, type Row } from '@latency-dash/protocol/live';
import { Box, Text, useApp, useInput } from 'ink';
import { useEffect, useMemo, useReducer } from 'react';
import type { LiveFeed } from './live-feed.js';
import { HeaderRow, RowsView } from './RowsView.js';
import { fitColumns, sortIds } from './table-layout.js';
import { TargetPicker } from './TargetPicker.js';
import { initialState, reduceTop } from './top-state.js';
import { useConnectionState, useServerStatsLine, useStreamRows } from './use-live.js';
import { useNow } from './use-now.js';
import { useTerminalSize } from './use-terminal-size.js';

export interface TopAppProps {
  feed: LiveFeed;
  initialTarget: string | undefined;
  initialSplit: boolean;
  thresholdMs: number;
  warnPct: number;
}

const STATUS_COLOUR: Record<ConnectionState['status'], string> = {
  connected: 'green',
  polling: 'yellow',
  connecting: 'yellow',
  disconnected: 'red',
  stopped: 'red',
};

const KEYS = 'space pause · ←/→ sort · r reverse · tab/t target · m split · ↑/↓ PgUp/PgDn scroll · q quit';

/** Lines around the table: the header, the server's health, the column headers and the key line. */
const CHROME_LINES = 4;

/**
 * The live table in the terminal: one target at a time, sorted, coloured
 * against the threshold, sized to the terminal. Keys are in KEYS.
 */
export function TopApp({ feed, initialTarget, initialSplit, thresholdMs, warnPct }: TopAppProps) {
  const { exit } = useApp();
  const size = useTerminalSize();
  const now = useNow();
  const connection = useConnectionState(feed);
  const [state, dispatch] = useReducer(reduceTop, undefined, () => initialState(initialTarget, initialSplit));
  const { target, split, frozen, picker } = state;

  const targets = useMemo(() => {
    const all = new Set(connection.targets);
    if (target !== undefined) all.add(target);
    return [...all].sort();
  }, [connection.targets, target]);

  useEffect(() => dispatch({ type: 'targets', targets }), [targets]);

  useEffect(() => {
    feed.connection.setSubscriptions(target === undefined ? [] : [{ targetId: target, split }]);
  }, [feed, target, split]);

  const live = useStreamRows(feed, target, split);
  const serverLine = useServerStatsLine(feed, now);
  const rows = frozen ?? live;
  const columns = fitColumns({
    width: size.columns,
    split,
    longestKey: longest(rows, (r) => r.key),
    longestMetadata: longest(rows, (r) => r.metadataLabel),
  });
  const sorted = sortRows(rows, state.sortId, state.sortDesc);
  const problem = statusProblem(connection);
  // The last line stays empty: output as tall as the terminal makes ink clear the screen on every frame.
  const bodyLines = Math.max(1, size.rows - 1 - CHROME_LINES - (problem === undefined ? 0 : 1));
  const first = Math.min(state.scroll, Math.max(0, sorted.length - bodyLines));
  const shown = sorted.slice(first, first + bodyLines);

  useInput((input, key) => {
    if (input === 'q' || (key.ctrl && input === 'c')) exit();
    else dispatch({ type: 'key', key: { ...key, input }, ctx: { targets, sortIds: sortIds(columns), rows: live, pageRows: bodyLines } });
  });

  const eventsPerSecond = rows.reduce((sum, r) => sum + r.eventsPerSecond, 0);
  const at = target === undefined ? 0 : targets.indexOf(target) + 1;
  return (
    <Box flexDirection="column" width={size.columns} height={Math.max(1, size.rows - 1)}>
      <Text wrap="truncate">
        <Text bold>latency-dash top</Text>
        {'  '}
        <Text color={STATUS_COLOUR[connection.status]}>● {connection.status}</Text>
        {'  '}
        <Text bold>{target ?? '(no target yet)'}</Text>
        {` (${split ? 'split' : 'combined'}, ${at}/${targets.length})  ${count(rows.length)} rows${frozen === undefined ? '' : ` (${count(live.length)} live)`}  ${rate(eventsPerSecond)} ev/s  sort ${state.sortId} ${state.sortDesc ? '↓' : '↑'}`}
        {frozen === undefined ? '' : '  '}
        {frozen === undefined ? null : <Text inverse> PAUSED </Text>}
      </Text>
      <Text dimColor wrap="truncate">
        {serverLine ?? 'server: waiting for its first stats…'}
      </Text>
      {problem === undefined ? null : (
        <Text color="red" wrap="truncate">
          {problem}
        </Text>
      )}
      {picker === undefined ? (
        <>
          <HeaderRow columns={columns} sortId={state.sortId} sortDesc={state.sortDesc} />
          {shown.length === 0 ? (
            <Text dimColor>{target === undefined ? 'waiting for the server to name a target…' : `waiting for ${target}'s series…`}</Text>
          ) : (
            <RowsView rows={shown} columns={columns} thresholdMs={thresholdMs} warnPct={warnPct} nowMs={now} />
          )}
        </>
      ) : (
        <TargetPicker targets={targets} index={picker} current={target} height={bodyLines + 1} />
      )}
      <Box flexGrow={1} />
      <Text dimColor wrap="truncate">
        {sorted.length > shown.length ? `rows ${first + 1}–${first + shown.length} of ${sorted.length} · ` : ''}
        {KEYS}
      </Text>
    </Box>
  );
}

function longest(rows: readonly Row[], text: (r: Row) => string): number {
  let n = 0;
  for (const r of rows) n = Math.max(n, text(r).length);
  return n;
}

/** One line on what is wrong with the connection, when something is. */
function statusProblem(state: ConnectionState): string | undefined {
  if (state.status === 'connected' || (state.status === 'connecting' && state.lastError === undefined)) return undefined;
  if (state.status === 'stopped') {
    const key = state.cause.code === CloseCode.unauthorized || state.cause.code === CloseCode.forbidden;
    return `stopped (${describeClose(state.cause.code)}): ${state.cause.reason}; the server asked not to reconnect${key ? ': pass a read key with --api-key or LATENCY_DASH_API_KEY' : ''}`;
  }
  const retry = state.retryInS === undefined ? '' : `; retrying in ${state.retryInS} s`;
  return `${state.lastError ?? state.cause.reason}${retry}`;
}
