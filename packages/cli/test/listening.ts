import type { ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';

/**
 * The URL a server process logs in its "listening" line (JSON, on stdout),
 * or a rejection with all it printed if it exits first. Keeps reading both
 * streams afterwards, so `output()` has everything for a failure message.
 */
export function listening(child: ChildProcessByStdio<null, Readable, Readable>): { url: Promise<string>; output: () => string } {
  let out = '';
  let partial = '';
  child.stderr.setEncoding('utf8');
  child.stdout.setEncoding('utf8');
  child.stderr.on('data', (d: string) => (out += d));
  const url = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: string) => {
      out += d;
      partial += d;
      const lines = partial.split('\n');
      partial = lines.pop()!;
      for (const line of lines) if (line.includes('"msg":"listening"')) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('close', (code) => reject(new Error(`exited with ${code} before listening:\n${out}`)));
  });
  return { url, output: () => out };
}
