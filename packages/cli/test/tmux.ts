/**
 * A real pseudo-terminal for tests: a private tmux server (its own socket
 * in a temp folder, so nobody else's sessions are touched) running one
 * command in one pane. Tests type keys into it and read the screen back.
 */
import { execFile, execFileSync } from 'node:child_process';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Whether tmux is installed; tests skip without it locally and fail under CI (.ci/run installs it). */
export function haveTmux(): boolean {
  try {
    execFileSync('tmux', ['-V'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export class Terminal {
  private readonly dir = mkdtempSync(join(tmpdir(), 'ld-tmux-'));
  private readonly socket = join(this.dir, 'sock');

  /**
   * Starts `command` (argv) in a width × height pane. A shell around it
   * prints `EXIT=<status>` when it ends and then idles, so the pane (and
   * the terminal state the command left) can still be read.
   */
  async start(command: string[], options: { width: number; height: number; cwd: string }): Promise<void> {
    const conf = join(this.dir, 'tmux.conf');
    writeFileSync(conf, 'set -g status off\n');
    const script = `${command.map(shellQuote).join(' ')}; echo EXIT=$?; exec sleep infinity`;
    await this.tmux('-f', conf, 'new-session', '-d', '-x', String(options.width), '-y', String(options.height), '-c', options.cwd, 'sh', '-c', script);
  }

  /** The command's process id (the shell's one child). */
  async commandPid(): Promise<number> {
    const shell = await this.display('#{pane_pid}');
    const children = readFileSync(`/proc/${shell}/task/${shell}/children`, 'utf8').trim().split(/\s+/);
    assert.equal(children.length, 1, `the shell runs one command, not ${children.join(', ')}`);
    return Number(children[0]);
  }

  async tmux(...args: string[]): Promise<string> {
    const { stdout } = await run('tmux', ['-S', this.socket, ...args], { encoding: 'utf8' });
    return stdout;
  }

  /** The screen as text, one string per line (with the escape codes of colours when `escapes`). */
  async screen(escapes = false): Promise<string[]> {
    return (await this.tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []))).split('\n');
  }

  /** A tmux format about the pane, e.g. #{alternate_on}, #{cursor_flag}. */
  async display(format: string): Promise<string> {
    return (await this.tmux('display-message', '-p', format)).trim();
  }

  /** tmux key names: 'q', 'Space', 'Right', 'Tab', 'C-c', … */
  async keys(...keys: string[]): Promise<void> {
    await this.tmux('send-keys', ...keys);
  }

  async resize(width: number, height: number): Promise<void> {
    await this.tmux('resize-window', '-x', String(width), '-y', String(height));
  }

  /**
   * Polls the screen until `check` returns a value (not undefined), and
   * returns it. Fails after `timeoutMs` with what the screen showed last:
   * the deadline detects a hang, it times nothing.
   */
  async waitFor<T>(what: string, check: (lines: string[]) => T | undefined, timeoutMs = 60_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const lines = await this.screen();
      const found = check(lines);
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; the screen:\n${lines.join('\n')}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Waits for the command to end and returns its exit status. */
  async exitStatus(timeoutMs = 60_000): Promise<number> {
    return this.waitFor(
      'the command to exit',
      (lines) => {
        const line = lines.find((l) => /^EXIT=\d+$/.test(l));
        return line === undefined ? undefined : Number(line.slice('EXIT='.length));
      },
      timeoutMs,
    );
  }

  /** Ends this tmux server (and what runs in it) and removes its folder. */
  async close(): Promise<void> {
    await this.tmux('kill-server').catch(() => undefined);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replaceAll("'", "'\\''")}'`;
}
