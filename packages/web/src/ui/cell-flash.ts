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
 * Lights a cell briefly. A cell that changes again while lit stays lit
 * until its highlight ends, and the next change lights it again: restarting
 * it on every batch (10 a second at a busy target) restyled and re-animated
 * every visible cell each time, 20–50 ms a frame at 10,000 rows, the
 * browser bench's long tasks. The table removes the class when the
 * animation ends, so only cells that changed lately carry it.
 */
export function flashCell(cell: Element): void {
  // Added again after animationend took it off, the class starts a new animation.
  cell.classList.add('flash');
}

/** The table's animationend handler: a finished highlight leaves no class behind. */
export function endFlash(target: EventTarget): void {
  if (target instanceof Element) target.classList.remove('flash');
}
