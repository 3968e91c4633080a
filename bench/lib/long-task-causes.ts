/**
 * What the page's long tasks are made of, from a Chromium trace of the
 * measured window (browser-table.ts --why). For every task on the page's
 * main thread longer than the threshold: its time split into script, GC,
 * style, layout, paint and the rest (by each trace event's self time), its
 * wall time against the thread's CPU time (the difference is time the
 * thread was ready but not running: other processes had the cores), and
 * the script entry points (FunctionCall / TimerFire / FireAnimationFrame /
 * EventDispatch) it spent the most in.
 */

/** Categories that carry the main thread's tasks, style, layout, paint, GC and script entry points, with thread time. */
export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8',
  'v8.execute',
  'disabled-by-default-v8.gc',
  'blink.user_timing',
];

export type Cause = 'script' | 'gc' | 'style' | 'layout' | 'paint' | 'parse/compile' | 'other';
export const CAUSES: readonly Cause[] = ['script', 'gc', 'style', 'layout', 'paint', 'parse/compile', 'other'];

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: Record<string, unknown>; name?: string };
}

export interface LongTask {
  /** Wall time, ms. */
  durMs: number;
  /** The main thread's CPU time within it, ms (undefined when the trace had none). */
  cpuMs: number | undefined;
  /** CPU self time by cause, ms (sums to about cpuMs). */
  causes: Record<Cause, number>;
  /** CPU self time by trace event name, ms. */
  names: Map<string, number>;
  /** Script entry points by inclusive time, ms, largest first. */
  entries: { what: string; ms: number }[];
}

export interface Attribution {
  tasks: LongTask[];
  /** Every task's CPU time over the window by cause, ms (long or not): the page's whole main-thread budget. */
  allCauses: Record<Cause, number>;
  /** Wall time in tasks, and CPU time in them, ms. */
  allTasksMs: number;
  allCpuMs: number;
  /** Every task's CPU self time by trace event name: ms and how many. */
  allNames: Map<string, { ms: number; n: number }>;
}

const GC = /^(MinorGC|MajorGC|V8\.GC|BlinkGC|GCEvent|ThreadState::|V8\.MinorGC|V8\.MajorGC|CppGC)/;
const STYLE = /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|StyleInvalidatorInvalidationTracking|ScheduleStyleRecalculation)/;
const LAYOUT = /^(Layout|UpdateLayout|LocalFrameView::layout|InvalidateLayout)$/;
const PAINT = /^(Paint|PrePaint|Layerize|PaintImage|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|ScrollLayer|PaintSetup|Animation|LayerTreeHostImpl)/;
const COMPILE =
  /^(v8\.compile|V8\.Compile|v8\.parseOnBackground|ParseHTML|V8\.Parse|v8\.produceCache|v8\.deserialize|CompileCode|CompileScript|EvaluateScript)/;
const SCRIPT =
  /^(FunctionCall|TimerFire|FireAnimationFrame|EventDispatch|RunMicrotasks|v8\.run|v8\.callFunction|V8\.Execute|v8\.execute|FireIdleCallback|V8Console|XHRReadyStateChange|HandlePostMessage|v8\.newInstance|RunMicrotaskCheckpoint)/;

function causeOf(name: string): Cause {
  if (GC.test(name)) return 'gc';
  if (STYLE.test(name)) return 'style';
  if (LAYOUT.test(name)) return 'layout';
  if (PAINT.test(name)) return 'paint';
  if (COMPILE.test(name)) return 'parse/compile';
  if (SCRIPT.test(name)) return 'script';
  return 'other';
}

/** A script entry point's name as a reader would look for it. */
function entryName(e: TraceEvent): string | undefined {
  const d = e.args?.data;
  if (e.name === 'FunctionCall') {
    const fn = typeof d?.functionName === 'string' && d.functionName !== '' ? d.functionName : '(anonymous)';
    const url = typeof d?.url === 'string' ? d.url.replace(/^.*\//, '') : '';
    return `${fn} ${url}${typeof d?.lineNumber === 'number' ? `:${d.lineNumber}` : ''}`.trim();
  }
  if (e.name === 'EventDispatch') return `event ${typeof d?.type === 'string' ? d.type : '?'}`;
  if (e.name === 'TimerFire' || e.name === 'FireAnimationFrame' || e.name === 'FireIdleCallback' || e.name === 'HandlePostMessage') return e.name;
  return undefined;
}

const zero = (): Record<Cause, number> => ({ script: 0, gc: 0, style: 0, layout: 0, paint: 0, 'parse/compile': 0, other: 0 });

/** The page's renderer main thread: the CrRendererMain whose process ran the page's script (the most FunctionCall time). */
function pageThread(events: TraceEvent[], pageUrl: string): { pid: number; tid: number } | undefined {
  const mains = new Set<string>();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') mains.add(`${e.pid}:${e.tid}`);
  const time = new Map<string, number>();
  for (const e of events) {
    if (e.name !== 'FunctionCall' && e.name !== 'EvaluateScript') continue;
    const k = `${e.pid}:${e.tid}`;
    if (!mains.has(k)) continue;
    const url = e.args?.data?.url;
    const weight = typeof url === 'string' && url.startsWith(pageUrl) ? 1000 : 1;
    time.set(k, (time.get(k) ?? 0) + (e.dur ?? 0) * weight);
  }
  let best: string | undefined;
  for (const [k, t] of time) if (best === undefined || t > time.get(best)!) best = k;
  if (best === undefined) return undefined;
  const [pid, tid] = best.split(':').map(Number);
  return { pid, tid };
}

/**
 * Self time of each event under a task, by cause and by name: events nest
 * (complete events, ph 'X'), so each one's time minus its children's is its
 * own. Thread (CPU) time where the trace has it, so time spent waiting for a
 * core is not put down to whatever was running when the thread lost it.
 */
function selfTimes(task: TraceEvent, inside: TraceEvent[]): { causes: Record<Cause, number>; names: Map<string, number>; entries: Map<string, number> } {
  const causes = zero();
  const names = new Map<string, number>();
  const entries = new Map<string, number>();
  const cost = (e: TraceEvent) => e.tdur ?? e.dur ?? 0;
  // Sorted by start, longer first at equal starts: a parent comes before its children.
  const evs = [task, ...inside].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const stack: { e: TraceEvent; end: number; childUs: number; cause: Cause }[] = [];
  const close = (upTo: number) => {
    while (stack.length > 0 && stack[stack.length - 1].end <= upTo) {
      const top = stack.pop()!;
      const self = Math.max(0, cost(top.e) - top.childUs) / 1000;
      causes[top.cause] += self;
      names.set(top.e.name, (names.get(top.e.name) ?? 0) + self);
    }
  };
  for (const e of evs) {
    close(e.ts);
    const parent = stack[stack.length - 1];
    if (parent !== undefined) parent.childUs += cost(e);
    // An event with no cause of its own (a wrapper) takes its parent's: time in a FunctionCall's helper is still script.
    const own = causeOf(e.name);
    const cause = own === 'other' && parent !== undefined ? parent.cause : own;
    const what = entryName(e);
    // Outermost entry points only, so nested calls are not counted twice.
    if (what !== undefined && !stack.some((s) => entryName(s.e) !== undefined)) entries.set(what, (entries.get(what) ?? 0) + cost(e) / 1000);
    stack.push({ e, end: e.ts + (e.dur ?? 0), childUs: 0, cause });
  }
  close(Number.POSITIVE_INFINITY);
  return { causes, names, entries };
}

/** Long tasks (over `thresholdMs`) of the page's main thread in a trace, each taken apart. */
export function attributeTrace(trace: { traceEvents: TraceEvent[] } | TraceEvent[], pageUrl: string, thresholdMs = 50): Attribution {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const thread = pageThread(events, pageUrl);
  const out: Attribution = { tasks: [], allCauses: zero(), allTasksMs: 0, allCpuMs: 0, allNames: new Map() };
  if (thread === undefined) return out;
  const mine = events.filter((e) => e.pid === thread.pid && e.tid === thread.tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  // Only outermost tasks: a RunTask inside another (nested run loops, two trace categories naming one task) is part of it.
  const tasks: TraceEvent[] = [];
  let lastEnd = -Infinity;
  for (const e of mine)
    if ((e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.ts >= lastEnd) {
      tasks.push(e);
      lastEnd = e.ts + e.dur!;
    }
  let j = 0;
  for (const task of tasks) {
    const end = task.ts + task.dur!;
    while (j < mine.length && mine[j].ts < task.ts) j++;
    const inside: TraceEvent[] = [];
    for (let k = j; k < mine.length && mine[k].ts < end; k++)
      if (mine[k] !== task && mine[k].name !== 'RunTask' && mine[k].name !== 'ThreadControllerImpl::RunTask') inside.push(mine[k]);
    const { causes, names, entries } = selfTimes(task, inside);
    out.allTasksMs += task.dur! / 1000;
    out.allCpuMs += (task.tdur ?? task.dur!) / 1000;
    for (const c of CAUSES) out.allCauses[c] += causes[c];
    for (const [n, ms] of names) {
      const e = out.allNames.get(n) ?? { ms: 0, n: 0 };
      e.ms += ms;
      e.n++;
      out.allNames.set(n, e);
    }
    if (task.dur! / 1000 <= thresholdMs) continue;
    out.tasks.push({
      durMs: task.dur! / 1000,
      cpuMs: task.tdur === undefined ? undefined : task.tdur / 1000,
      causes,
      names,
      entries: [...entries].map(([what, ms]) => ({ what, ms })).sort((a, b) => b.ms - a.ms),
    });
  }
  return out;
}

const f1 = (n: number) => n.toFixed(1);

/** Lines for the bench's output: the long tasks' causes summed, the top entry points, and each task in one line. */
export function describeAttribution(a: Attribution, windowS: number): string[] {
  const lines: string[] = [];
  const share = (c: Record<Cause, number>, total: number) =>
    CAUSES.filter((k) => c[k] >= 0.05)
      .map((k) => `${k} ${f1(c[k])} ms (${Math.round((100 * c[k]) / Math.max(total, 1e-9))}%)`)
      .join(', ');
  const allSum = CAUSES.reduce((n, k) => n + a.allCauses[k], 0);
  lines.push(
    `main thread: ${f1(a.allTasksMs / windowS)} ms/s in tasks, ${f1(a.allCpuMs / windowS)} ms/s of it on the CPU; CPU by cause: ${share(a.allCauses, allSum)}`,
  );
  const allTop = [...a.allNames].sort((x, y) => y[1].ms - x[1].ms).slice(0, 10);
  lines.push(
    `CPU by trace event in all tasks (ms/s, tasks with it/s): ${allTop.map(([n, e]) => `${n} ${f1(e.ms / windowS)} (${f1(e.n / windowS)})`).join(', ')}`,
  );
  if (a.tasks.length === 0) {
    lines.push('no long task in the trace');
    return lines;
  }
  const sum = zero();
  let wall = 0;
  let cpu = 0;
  const entries = new Map<string, number>();
  const names = new Map<string, number>();
  for (const t of a.tasks) {
    for (const [n, ms] of t.names) names.set(n, (names.get(n) ?? 0) + ms);
    for (const k of CAUSES) sum[k] += t.causes[k];
    wall += t.durMs;
    cpu += t.cpuMs ?? 0;
    for (const e of t.entries) entries.set(e.what, (entries.get(e.what) ?? 0) + e.ms);
  }
  lines.push(
    `${a.tasks.length} long task(s), ${f1(wall)} ms wall, ${f1(cpu)} ms on the CPU (${f1(wall - cpu)} ms waiting for a core); CPU by cause: ${share(
      sum,
      CAUSES.reduce((n, k) => n + sum[k], 0),
    )}`,
  );
  const topNames = [...names].sort((x, y) => y[1] - x[1]).slice(0, 10);
  lines.push(`CPU by trace event in them: ${topNames.map(([n, ms]) => `${n} ${f1(ms)}`).join(', ')}`);
  const top = [...entries].sort((x, y) => y[1] - x[1]).slice(0, 6);
  lines.push(`top script entry points in them (CPU ms): ${top.map(([w, ms]) => `${w} ${f1(ms)} ms`).join('; ') || 'none'}`);
  for (const t of [...a.tasks].sort((x, y) => y.durMs - x.durMs).slice(0, 8)) {
    const main = CAUSES.filter((k) => t.causes[k] >= 1)
      .sort((x, y) => t.causes[y] - t.causes[x])
      .map((k) => `${k} ${f1(t.causes[k])}`)
      .join(', ');
    lines.push(
      `  ${f1(t.durMs)} ms (cpu ${t.cpuMs === undefined ? '?' : f1(t.cpuMs)}): ${main}; ${t.entries[0] ? `mostly ${t.entries[0].what} ${f1(t.entries[0].ms)} ms` : 'no script'}`,
    );
  }
  return lines;
}
