/**
 * What ran inside each long event-loop gap (`bench/soak.ts --profile-gaps`):
 * the gaps recorded by loop-gaps-preload.mjs matched against the server's
 * CPU profile (--cpu-prof) by their monotonic timestamps. For each gap: the
 * functions with the most self time sampled inside it, with V8's own
 * "(garbage collector)" and "(program)" (native code outside JavaScript)
 * among them, and the share of the gap no sample covers (the thread was not
 * running: other processes had the cores, and the samples came late).
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

export interface LoopGap {
  startUs: number;
  endUs: number;
  ms: number;
  wallMs: number;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface GapCause {
  gap: LoopGap;
  /** Sampled time inside the gap by function, ms, most first. */
  top: Array<{ name: string; ms: number }>;
  /** Milliseconds of the gap no sample covers: the thread was idle or not running (samples came late). */
  unsampledMs: number;
  /** The sampled stacks with the most time inside the gap (leaf first, a few frames up), ms. */
  stacks: Array<{ stack: string; ms: number }>;
}

/** The longest time one sample stands for (the profiler samples every 1 ms): more is time the thread did not run. */
const LATE_SAMPLE_US = 3_000;

/** Frames shown of a sampled stack, leaf first. */
const STACK_FRAMES = 8;

function nameOf(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  if (url === '') return functionName || '(anonymous)';
  return `${functionName || '(anonymous)'} ${basename(url)}:${lineNumber + 1}`;
}

/** Each gap's causes, from a profile file and the gaps' JSON. */
export function gapCauses(profilePath: string, gapsPath: string, topN = 6): GapCause[] {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as CpuProfile;
  const gaps = JSON.parse(readFileSync(gapsPath, 'utf8')) as LoopGap[];
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, ProfileNode>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n);
  const stackOf = (node: ProfileNode): string => {
    const names: string[] = [];
    for (let n: ProfileNode | undefined = node; n !== undefined && names.length < STACK_FRAMES; n = parentOf.get(n.id)) {
      if (n.callFrame.functionName !== '(root)') names.push(nameOf(n));
    }
    return names.join(' < ');
  };
  // Sample i covers [times[i], times[i + 1]).
  const times: number[] = [];
  let t = profile.startTime;
  for (const d of profile.timeDeltas) times.push((t += d));
  times.push(profile.endTime);
  return gaps.map((gap) => {
    const self = new Map<string, number>();
    const stacks = new Map<string, number>();
    let sampledUs = 0;
    // Binary search for the first sample at or after the gap's start.
    let lo = 0;
    let hi = profile.samples.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (times[mid] < gap.startUs) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < profile.samples.length && times[i] < gap.endUs; i++) {
      const node = byId.get(profile.samples[i])!;
      // A sample's time runs to the next one; past a few intervals the thread was not running (another process or
      // thread had the core) and the excess is not the function's.
      const us = Math.min(Math.min(times[i + 1], gap.endUs) - times[i], LATE_SAMPLE_US);
      if (node.callFrame.functionName === '(idle)') continue;
      sampledUs += us;
      const name = nameOf(node);
      self.set(name, (self.get(name) ?? 0) + us / 1000);
      const stack = stackOf(node);
      stacks.set(stack, (stacks.get(stack) ?? 0) + us / 1000);
    }
    const top = [...self.entries()]
      .map(([name, ms]) => ({ name, ms }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, topN);
    const topStacks = [...stacks.entries()]
      .map(([stack, ms]) => ({ stack, ms }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 3);
    return { gap, top, unsampledMs: Math.max(0, gap.ms - sampledUs / 1000), stacks: topStacks };
  });
}

/** The report's lines: one per gap, largest first, with its top functions. */
export function formatGapCauses(causes: GapCause[], limit = 20): string[] {
  const lines: string[] = [];
  const worst = [...causes].sort((a, b) => b.gap.ms - a.gap.ms).slice(0, limit);
  for (const c of worst) {
    const at = new Date(c.gap.wallMs).toISOString().slice(11, 23);
    lines.push(`  ${c.gap.ms.toFixed(1).padStart(6)} ms gap ending ${at}; not running ${c.unsampledMs.toFixed(1)} ms`);
    for (const f of c.top) lines.push(`      ${f.ms.toFixed(1).padStart(6)} ms  ${f.name}`);
    for (const st of c.stacks) lines.push(`      stack ${st.ms.toFixed(1)} ms: ${st.stack}`);
  }
  return lines;
}
