import { spawnSync } from 'node:child_process';

/** Why the network-cut tests skip when they do (locally only: under CI=true they fail instead). */
export const NO_NETNS = 'network namespaces cannot be made here (needs root and iproute2: ip netns add)';

function ip(...args: string[]): { ok: boolean; err: string } {
  const r = spawnSync('ip', args, { encoding: 'utf8' });
  return { ok: r.status === 0, err: `${r.stderr ?? ''}${r.error?.message ?? ''}`.trim() };
}

function must(...args: string[]): void {
  const r = ip(...args);
  if (!r.ok) throw new Error(`ip ${args.join(' ')}: ${r.err}`);
}

/** True when this process may make network namespaces; under CI=true their absence throws instead of skipping. */
export function netnsAvailable(): boolean {
  const probe = `ldprobe${process.pid}`;
  const made = ip('netns', 'add', probe);
  if (made.ok) ip('netns', 'del', probe);
  if (!made.ok && process.env.CI === 'true') throw new Error(`${NO_NETNS}: ${made.err}`);
  return made.ok;
}

/**
 * A network namespace joined to this one by a veth pair: a process started
 * through `launcher` has its own network, reached (and reaching back) over
 * the pair's /30. `cut` sets the link down on this side, which leaves the
 * namespace's TCP connections hanging unanswered, as a pulled cable or a
 * partition does (no reset, no error, only silence); `restore` brings it
 * back. Names and addresses come from this process's pid, so runs side by
 * side do not meet.
 */
export class NetNamespace {
  readonly name: string;
  readonly hostIf: string;
  readonly nsIf: string;
  /** This side's address, and the namespace's. */
  readonly hostIp: string;
  readonly nsIp: string;
  readonly launcher: readonly string[];

  constructor() {
    const pid = process.pid;
    this.name = `ldcut${pid}`;
    // Interface names are at most 15 characters.
    this.hostIf = `ldh${pid}`;
    this.nsIf = `ldn${pid}`;
    const net = `10.${200 + (pid % 50)}.${(pid >> 6) % 256}.${(pid % 64) * 4}`;
    const base = net.slice(0, net.lastIndexOf('.') + 1);
    const last = Number(net.slice(net.lastIndexOf('.') + 1));
    this.hostIp = `${base}${last + 1}`;
    this.nsIp = `${base}${last + 2}`;
    this.launcher = ['ip', 'netns', 'exec', this.name];
  }

  create(): void {
    must('netns', 'add', this.name);
    must('link', 'add', this.hostIf, 'type', 'veth', 'peer', 'name', this.nsIf);
    must('link', 'set', this.nsIf, 'netns', this.name);
    must('addr', 'add', `${this.hostIp}/30`, 'dev', this.hostIf);
    must('link', 'set', this.hostIf, 'up');
    must('netns', 'exec', this.name, 'ip', 'addr', 'add', `${this.nsIp}/30`, 'dev', this.nsIf);
    must('netns', 'exec', this.name, 'ip', 'link', 'set', this.nsIf, 'up');
    must('netns', 'exec', this.name, 'ip', 'link', 'set', 'lo', 'up');
  }

  /** Bytes received but not yet read by the namespace's processes on TCP connections to `port` (ss' Recv-Q). */
  unreadBytesTo(port: number): number {
    const r = spawnSync('ip', ['netns', 'exec', this.name, 'ss', '-tnH', 'state', 'established', `( dport = :${port} )`], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`ss in ${this.name}: ${r.stderr}`);
    return r.stdout
      .split('\n')
      .filter((l) => l.trim() !== '')
      .reduce((n, l) => n + Number(l.trim().split(/\s+/)[0]), 0);
  }

  cut(): void {
    must('link', 'set', this.hostIf, 'down');
  }

  restore(): void {
    must('link', 'set', this.hostIf, 'up');
  }

  /** Removes the pair and the namespace, whatever exists of them (safe after a failed create). */
  remove(): void {
    ip('link', 'del', this.hostIf);
    ip('netns', 'del', this.name);
  }
}
