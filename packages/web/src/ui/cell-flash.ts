/** What a row last showed, by row id: the table's columns, each cell's text, and when (performance.now()). */
export interface SeenRow {
  columns: string;
  texts: readonly string[];
  atMs: number;
}

/** The table's memory of what its rows showed; shared by the row elements, which are keyed by position. */
export type SeenRows = Map<string, SeenRow>;

/**
 * A row shown this recently counts as still on screen: rows re-render at
 * least once a second (the clock), so an older memory means the row was
 * scrolled away, and what changed meanwhile is not news.
 */
const ON_SCREEN_MS = 1500;
/** Past this many remembered rows (scrolling through 10,000), forget them all: one missed flash, no growth. */
const MAX_SEEN = 2000;

/**
 * Which cells of a row show a different text than a moment ago, and
 * remembers the new ones. Nothing flashes for a row first seen, after the
 * columns changed, or after it was away.
 */
export function changedCells(seen: SeenRows, rowId: string, columns: string, texts: readonly string[], nowMs: number): number[] {
  const before = seen.get(rowId);
  if (seen.size >= MAX_SEEN && before === undefined) seen.clear();
  seen.set(rowId, { columns, texts, atMs: nowMs });
  if (before === undefined || before.columns !== columns || nowMs - before.atMs > ON_SCREEN_MS) return [];
  const out: number[] = [];
  for (let i = 0; i < texts.length; i++) if (texts[i] !== before.texts[i]) out.push(i);
  return out;
}

/**
 * The highlight's fade: the cell's background from the flash colour to its own (one keyframe: the other end is the
 * cell's style, a threshold colour included). Four steps: a repaint each, where a smooth fade repainted every lit
 * cell every frame.
 */
const FADE: Keyframe[] = [{ backgroundColor: 'var(--flash)', offset: 0 }];
const FADE_OPTIONS: KeyframeAnimationOptions = { duration: 800, easing: 'steps(4)' };
/** Each cell's running highlight. */
const lit = new WeakMap<Element, Animation>();
/** Asked for less motion: no fades (the style sheet's own animations stop for it too). */
const still = typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : undefined;

/**
 * Lights a cell briefly. A cell that changes again while lit stays lit
 * until its highlight ends, and the next change lights it again: restarting
 * it on every batch (10 a second at a busy target) restyled and re-animated
 * every visible cell each time, 20–50 ms a frame at 10,000 rows.
 * The fade is a Web Animation, not a CSS one: CSS animations fire
 * animationstart and animationend events, and React's root listener takes
 * each through its event system (hundreds a second at 10 batches/s; they
 * showed among the script entry points of the long tasks in
 * `bench/browser-table.ts --why`); a Web Animation fires none. The `flash`
 * class marks a lit cell until its fade ends.
 */
export function flashCell(cell: Element): void {
  // No Web Animations (a test DOM), or less motion asked for: no highlight.
  if (typeof cell.animate !== 'function' || still?.matches === true || lit.get(cell)?.playState === 'running') return;
  cell.classList.add('flash');
  const fade = cell.animate(FADE, FADE_OPTIONS);
  lit.set(cell, fade);
  fade.onfinish = fade.oncancel = () => {
    if (lit.get(cell) === fade) {
      lit.delete(cell);
      cell.classList.remove('flash');
    }
  };
}
