/** CPU and memory of another process, read from /proc (Linux). */
import { readdirSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

let ticksPerS: number | undefined;

/** USER_HZ: the unit of utime/stime in /proc/<pid>/stat (100 on almost every Linux). */
export function clockTicks(): number {
  if (ticksPerS === undefined) {
    try {
      ticksPerS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerS = 100;
    }
  }
  return ticksPerS;
}

/** User + system CPU seconds the process has used so far. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the rest starts after its ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / clockTicks();
}

/** Resident set size in MiB. */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

/** Measures a process's CPU over an interval, as a fraction of one core. */
export class CpuMeter {
  private cpu0: number;
  private t0: number;
  constructor(private readonly pid: number) {
    this.cpu0 = cpuSeconds(pid);
    this.t0 = performance.now();
  }
  /** Fraction of one core since construction (1.0 = one core fully busy). */
  read(): { cores: number; cpuS: number; wallS: number } {
    const cpuS = cpuSeconds(this.pid) - this.cpu0;
    const wallS = (performance.now() - this.t0) / 1000;
    return { cores: cpuS / wallS, cpuS, wallS };
  }
}

/** Open file limit of this process (soft, hard), from /proc/self/limits. */
export function openFileLimit(): { soft: number; hard: number } {
  const m = /Max open files\s+(\d+|unlimited)\s+(\d+|unlimited)/.exec(readFileSync('/proc/self/limits', 'utf8'));
  const n = (s: string | undefined) => (s === undefined || s === 'unlimited' ? Infinity : Number(s));
  return { soft: n(m?.[1]), hard: n(m?.[2]) };
}

/** Whole-machine CPU times from /proc/stat, in seconds summed over all cores. */
export function machineCpu(): { user: number; system: number; softirq: number; idle: number; steal: number; total: number } {
  const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
  const t = clockTicks();
  const [user, nice, system, idle, iowait, irq, softirq, steal] = f;
  return {
    user: (user + nice) / t,
    system: (system + irq) / t,
    softirq: softirq / t,
    idle: (idle + iowait) / t,
    steal: (steal ?? 0) / t,
    total: f.slice(0, 8).reduce((a, b) => a + b, 0) / t,
  };
}

/** Machine-wide busy share between two machineCpu() readings, in cores (2 = both cores busy). */
export function machineBusy(
  a: ReturnType<typeof machineCpu>,
  b: ReturnType<typeof machineCpu>,
  wallS: number,
): { busyCores: number; softirqCores: number; stealCores: number } {
  return {
    busyCores: (b.total - a.total - (b.idle - a.idle)) / wallS,
    softirqCores: (b.softirq - a.softirq) / wallS,
    stealCores: (b.steal - a.steal) / wallS,
  };
}

/** A process and its descendants (a --workers primary and its workers), from /proc/<pid>/task/<tid>/children. */
export function processTree(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    try {
      for (const tid of readdirSync(`/proc/${out[i]}/task`)) {
        const kids = readFileSync(`/proc/${out[i]}/task/${tid}/children`, 'utf8').trim();
        if (kids !== '') out.push(...kids.split(' ').map(Number));
      }
    } catch {
      // Gone meanwhile: its CPU is no longer anyone's to count.
    }
  }
  return out;
}

/** Measures the CPU of several process trees together, as a fraction of one core (processes started meanwhile are not counted). */
export class TreeCpuMeter {
  private readonly start = new Map<number, number>();
  private readonly t0 = performance.now();
  constructor(roots: readonly number[]) {
    for (const root of roots) for (const pid of processTree(root)) this.start.set(pid, safeCpu(pid));
  }
  read(): { cores: number; cpuS: number; wallS: number } {
    let cpuS = 0;
    for (const [pid, cpu0] of this.start) cpuS += Math.max(0, safeCpu(pid) - cpu0);
    const wallS = (performance.now() - this.t0) / 1000;
    return { cores: cpuS / wallS, cpuS, wallS };
  }
}

function safeCpu(pid: number): number {
  try {
    return cpuSeconds(pid);
  } catch {
    return 0;
  }
}

/**
 * Node flags for a bench's server process only, from BENCH_SERVER_NODE_FLAGS
 * (e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof' or '--trace-gc'); a new array
 * each call, so a bench may add its own.
 */
export function serverNodeFlags(): string[] {
  return process.env.BENCH_SERVER_NODE_FLAGS?.split(' ').filter(Boolean) ?? [];
}
