// @jsxRuntime automatic (tsx finds no tsconfig with "jsx" from the repository root; tsc and the bundle set it too)
import { render } from 'ink';
import type { Endpoints } from './endpoints.js';
import { createLiveFeed } from './live-feed.js';
import { TopApp } from './TopApp.js';

export interface TopOptions {
  where: Endpoints;
  apiKey: string | undefined;
  target: string | undefined;
  split: boolean;
  thresholdMs: number;
  warnPct: number;
  intervalMs: number | undefined;
}

/** Switches to the terminal's alternate screen (as top and less do), so the table leaves no trace in the scrollback. */
const ENTER_ALT_SCREEN = '\x1b[?1049h\x1b[H';
/** Shows the cursor and goes back to the main screen, as it was. */
const LEAVE_ALT_SCREEN = '\x1b[?25h\x1b[?1049l';

/**
 * Draws the live table until `q`, Ctrl-C or `signal`; the terminal is given
 * back as it was (main screen, cursor, cooked mode) however it ends.
 * Resolves with whether it ended by the signal.
 */
export async function runTop(
  options: TopOptions,
  stdin: NodeJS.ReadStream,
  stdout: NodeJS.WriteStream,
  stderr: NodeJS.WriteStream,
  signal: AbortSignal,
): Promise<'quit' | 'signal'> {
  const feed = createLiveFeed(options.where, options.apiKey, options.intervalMs);
  stdout.write(ENTER_ALT_SCREEN);
  let how: 'quit' | 'signal' = 'quit';
  try {
    feed.connection.start();
    const app = render(
      <TopApp feed={feed} initialTarget={options.target} initialSplit={options.split} thresholdMs={options.thresholdMs} warnPct={options.warnPct} />,
      // Ctrl-C arrives as a key in raw mode; TopApp ends on it like on `q`.
      { stdin, stdout, stderr, exitOnCtrlC: false },
    );
    const onAbort = () => {
      how = 'signal';
      app.unmount();
    };
    signal.addEventListener('abort', onAbort, { once: true });
    if (signal.aborted) onAbort();
    try {
      await app.waitUntilExit();
    } finally {
      signal.removeEventListener('abort', onAbort);
    }
  } finally {
    feed.connection.stop();
    stdout.write(LEAVE_ALT_SCREEN);
  }
  return how;
}
