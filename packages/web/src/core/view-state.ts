/** Everything about a view that a shared link should reproduce. */
export interface ViewState {
  targets: string[];
  split: boolean;
  sortId: string;
  sortDesc: boolean;
  keyFilter: string;
  metaFilter: string;
  /** Latency threshold (ms) for colouring; cells turn yellow at warnPct % of it. */
  thresholdMs: number;
  warnPct: number;
  /** Show only series at or above the warning level. */
  overOnly: boolean;
  /** Show only series with events in the last 10 s. */
  activeOnly: boolean;
  theme: 'auto' | 'light' | 'dark';
  /** 'live', a history range up to now (15m 1h 6h 24h 7d), or 'custom' (fromMs–toMs). */
  range: string;
  /** A custom range's start and end, Unix ms; 0 unless range is 'custom'. */
  fromMs: number;
  toMs: number;
  /** Compare a history range with the same range this much earlier: '', 1d, 1w. */
  compare: string;
}

export const DEFAULT_VIEW: ViewState = {
  targets: [],
  split: false,
  sortId: 'p90',
  sortDesc: true,
  keyFilter: '',
  metaFilter: '',
  thresholdMs: 1000,
  warnPct: 80,
  overOnly: false,
  activeOnly: false,
  theme: 'auto',
  range: 'live',
  fromMs: 0,
  toMs: 0,
  compare: '',
};

const RANGE_NAMES = ['live', '15m', '1h', '6h', '24h', '7d', 'custom'];
const COMPARE_NAMES = ['', '1d', '1w'];

const num = (v: string | null, fallback: number, min: number, max: number) => {
  const n = v === null ? NaN : Number(v);
  return Number.isFinite(n) && n >= min && n <= max ? n : fallback;
};

const oneOf = (v: string | null, allowed: string[], fallback: string) => (v !== null && allowed.includes(v) ? v : fallback);

/** A time in a link: ISO 8601 (what the page writes) or Unix ms; NaN when neither. */
function parseTime(v: string | null): number {
  if (v === null || v === '') return Number.NaN;
  return /^\d+$/.test(v) ? Number(v) : Date.parse(v);
}

/** A custom range from a link, or undefined when it is missing or backwards (the link then opens live). */
function customRange(q: URLSearchParams): { fromMs: number; toMs: number } | undefined {
  const fromMs = parseTime(q.get('from'));
  const toMs = parseTime(q.get('to'));
  return Number.isFinite(fromMs) && Number.isFinite(toMs) && toMs > fromMs ? { fromMs, toMs } : undefined;
}

export function parseView(search: string): ViewState {
  const q = new URLSearchParams(search);
  const theme = q.get('theme');
  const range = oneOf(q.get('range'), RANGE_NAMES, 'live');
  const custom = range === 'custom' ? customRange(q) : undefined;
  return {
    targets: (q.get('targets') ?? '').split(',').filter((t) => t !== ''),
    split: q.get('split') === '1',
    sortId: q.get('sort') ?? DEFAULT_VIEW.sortId,
    sortDesc: q.get('dir') !== 'asc',
    keyFilter: q.get('filter') ?? '',
    metaFilter: q.get('meta') ?? '',
    thresholdMs: num(q.get('threshold'), DEFAULT_VIEW.thresholdMs, 0, 1e9),
    warnPct: num(q.get('warn'), DEFAULT_VIEW.warnPct, 1, 100),
    overOnly: q.get('over') === '1',
    activeOnly: q.get('active') === '1',
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    range: range === 'custom' && custom === undefined ? 'live' : range,
    fromMs: custom?.fromMs ?? 0,
    toMs: custom?.toMs ?? 0,
    compare: oneOf(q.get('compare'), COMPARE_NAMES, ''),
  };
}

/** The view as a query string, leaving out what equals the default; keeps unrelated parameters. */
export function viewToSearch(view: ViewState, current = ''): string {
  const q = new URLSearchParams(current);
  const set = (k: string, v: string, d: string) => (v === d ? q.delete(k) : q.set(k, v));
  set('targets', view.targets.join(','), '');
  set('split', view.split ? '1' : '0', '0');
  set('sort', view.sortId, DEFAULT_VIEW.sortId);
  set('dir', view.sortDesc ? 'desc' : 'asc', 'desc');
  set('filter', view.keyFilter, '');
  set('meta', view.metaFilter, '');
  set('threshold', String(view.thresholdMs), String(DEFAULT_VIEW.thresholdMs));
  set('warn', String(view.warnPct), String(DEFAULT_VIEW.warnPct));
  set('over', view.overOnly ? '1' : '0', '0');
  set('active', view.activeOnly ? '1' : '0', '0');
  set('theme', view.theme, 'auto');
  set('range', view.range, 'live');
  const custom = view.range === 'custom';
  set('from', custom ? new Date(view.fromMs).toISOString() : '', '');
  set('to', custom ? new Date(view.toMs).toISOString() : '', '');
  set('compare', view.compare, '');
  const s = q.toString();
  return s ? `?${s}` : '';
}
