import type { Row } from '@latency-dash/protocol/live';

/** What the user chose to see: everything in the terminal view that keys change. */
export interface TopState {
  target: string | undefined;
  split: boolean;
  sortId: string;
  sortDesc: boolean;
  /** While paused: copies of the rows as they were (the store updates its own in place). */
  frozen: Row[] | undefined;
  /** Index of the first row shown. */
  scroll: number;
  /** The target list's highlighted entry while it is open. */
  picker: number | undefined;
}

export function initialState(target: string | undefined, split: boolean): TopState {
  return { target, split, sortId: 'p90', sortDesc: true, frozen: undefined, scroll: 0, picker: undefined };
}

/** A key as ink reports it (the fields the view reads). */
export interface KeyPress {
  input: string;
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  tab?: boolean;
  shift?: boolean;
  ctrl?: boolean;
}

/** What a key acts on, as the screen shows it when the key arrives. */
export interface KeyContext {
  targets: readonly string[];
  /** The columns shown, which ←/→ walk. */
  sortIds: readonly string[];
  /** The live rows, which pausing copies. */
  rows: readonly Row[];
  /** Rows that fit on the screen: what PgUp/PgDn move by. */
  pageRows: number;
}

export type TopAction = { type: 'key'; key: KeyPress; ctx: KeyContext } | { type: 'targets'; targets: readonly string[] };

/**
 * The view's state after an action. Keys go through here, not through
 * state captured by a render, so keys that arrive together (one read of
 * stdin) each see the previous one's result.
 */
export function reduceTop(state: TopState, action: TopAction): TopState {
  if (action.type === 'targets') {
    // Without --target, the first target the server names.
    return state.target === undefined && action.targets.length > 0 ? watch(state, action.targets[0]) : state;
  }
  const { key, ctx } = action;
  const input = key.input;
  if (state.picker !== undefined) {
    if (key.escape || input === 't') return { ...state, picker: undefined };
    if (key.upArrow) return { ...state, picker: Math.max(0, state.picker - 1) };
    if (key.downArrow) return { ...state, picker: Math.max(0, Math.min(ctx.targets.length - 1, state.picker + 1)) };
    if (key.return) return { ...watch(state, ctx.targets[state.picker]), picker: undefined };
    return state;
  }
  if (input === ' ') return { ...state, frozen: state.frozen === undefined ? ctx.rows.map((r) => ({ ...r })) : undefined };
  if (key.leftArrow || input === '<') return nextSort(state, ctx.sortIds, -1);
  if (key.rightArrow || input === '>') return nextSort(state, ctx.sortIds, 1);
  if (input === 'r') return { ...state, sortDesc: !state.sortDesc };
  if (key.tab || input === 'n' || input === 'p') {
    if (ctx.targets.length === 0) return state;
    const step = (key.tab && key.shift) || input === 'p' ? -1 : 1;
    const at = state.target === undefined ? -1 : ctx.targets.indexOf(state.target);
    return watch(state, ctx.targets[(at + step + ctx.targets.length) % ctx.targets.length]);
  }
  if (input === 't') return { ...state, picker: Math.max(0, state.target === undefined ? 0 : ctx.targets.indexOf(state.target)) };
  if (input === 'm') return { ...state, split: !state.split, frozen: undefined, scroll: 0 };
  const last = Math.max(0, (state.frozen ?? ctx.rows).length - ctx.pageRows);
  const scrollTo = (n: number) => ({ ...state, scroll: Math.max(0, Math.min(last, n)) });
  const from = Math.min(state.scroll, last);
  if (key.upArrow) return scrollTo(from - 1);
  if (key.downArrow) return scrollTo(from + 1);
  if (key.pageUp) return scrollTo(from - ctx.pageRows);
  if (key.pageDown) return scrollTo(from + ctx.pageRows);
  if (key.home) return scrollTo(0);
  if (key.end) return scrollTo(last);
  return state;
}

/** Watching another target starts afresh: live rows, from the top. */
function watch(state: TopState, target: string | undefined): TopState {
  if (target === undefined || target === state.target) return state;
  return { ...state, target, frozen: undefined, scroll: 0 };
}

/** The next column to sort on: numbers start worst-first (descending), text A to Z. */
function nextSort(state: TopState, ids: readonly string[], step: number): TopState {
  if (ids.length === 0) return state;
  const at = Math.max(0, ids.indexOf(state.sortId));
  const sortId = ids[(at + step + ids.length) % ids.length];
  return { ...state, sortId, sortDesc: sortId !== 'key' && sortId !== 'metadata' };
}
