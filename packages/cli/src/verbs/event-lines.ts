/**
 * Events as scripts write them, one per line: JSON lines or CSV, told
 * apart by the first line unless the format is given.
 *
 *   {"target": "prod", "key": "api", "valueMs": 12.5, "metadata": {"region": "eu"}}
 *   target,key,value_ms,region        (a header: other columns are metadata)
 *   prod,api,12.5,eu
 *   prod,api,12.5,region=eu           (no header: target,key,value_ms then name=value cells)
 *
 * Lines are short records, never spanning lines, so a quoted cell is read
 * within its line; a CSV library would add a dependency for no case we have.
 */

export type LineFormat = 'json' | 'csv';

export interface LineEvent {
  target?: string;
  key?: string;
  valueMs: number;
  metadata?: Record<string, string>;
}

/** An event, a line that is not one (and why), or a line to pass over (blank, a CSV header). */
export type LineResult = { kind: 'event'; event: LineEvent } | { kind: 'invalid'; reason: string } | { kind: 'skip' };

const TARGET_NAMES = new Set(['target', 'targetid', 'target_id']);
const VALUE_NAMES = new Set(['value_ms', 'valuems', 'value', 'ms']);

/** Reads lines of one stream: knows its format and, for CSV, its header. */
export class EventLineReader {
  private columns: string[] | undefined;
  private started = false;

  constructor(private format: LineFormat | undefined) {}

  read(line: string): LineResult {
    const text = line.trim();
    if (text === '') return { kind: 'skip' };
    if (!this.started) {
      this.started = true;
      this.format ??= text.startsWith('{') ? 'json' : 'csv';
      if (this.format === 'csv') {
        const cells = splitCsv(text).map((c) => c.trim().toLowerCase());
        if (cells.includes('key') && cells.some((c) => VALUE_NAMES.has(c))) {
          this.columns = cells;
          return { kind: 'skip' };
        }
      }
    }
    return this.format === 'json' ? fromJson(text) : this.fromCsv(text);
  }

  private fromCsv(text: string): LineResult {
    const cells = splitCsv(text);
    if (this.columns === undefined) {
      if (cells.length < 3) return { kind: 'invalid', reason: 'a CSV line needs target,key,value_ms (or a header line naming the columns)' };
      const metadata: Record<string, string> = {};
      for (const cell of cells.slice(3)) {
        const at = cell.indexOf('=');
        if (at <= 0) return { kind: 'invalid', reason: `metadata cells are name=value, got "${cell.slice(0, 40)}"` };
        metadata[cell.slice(0, at).trim()] = cell.slice(at + 1).trim();
      }
      return event(cells[0].trim(), cells[1].trim(), cells[2], metadata);
    }
    let target: string | undefined;
    let key: string | undefined;
    let value: string | undefined;
    const metadata: Record<string, string> = {};
    this.columns.forEach((name, i) => {
      const cell = (cells[i] ?? '').trim();
      if (TARGET_NAMES.has(name)) target = cell || undefined;
      else if (name === 'key') key = cell || undefined;
      else if (VALUE_NAMES.has(name)) value = cell;
      else if (cell !== '') metadata[name] = cell;
    });
    return event(target, key, value ?? '', metadata);
  }
}

function event(target: string | undefined, key: string | undefined, value: string, metadata: Record<string, string>): LineResult {
  const valueMs = Number(value);
  if (value.trim() === '' || !Number.isFinite(valueMs)) return { kind: 'invalid', reason: `value_ms must be a number, got "${value.slice(0, 40)}"` };
  return {
    kind: 'event',
    event: { target: target || undefined, key: key || undefined, valueMs, metadata: Object.keys(metadata).length ? metadata : undefined },
  };
}

function fromJson(text: string): LineResult {
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch (err) {
    return { kind: 'invalid', reason: `not JSON (${(err as Error).message})` };
  }
  if (o === null || typeof o !== 'object' || Array.isArray(o)) return { kind: 'invalid', reason: 'a JSON line must be an object' };
  const r = o as Record<string, unknown>;
  const target = r.target ?? r.targetId ?? r.target_id;
  const value = r.valueMs ?? r.value_ms ?? r.value;
  const meta = r.metadata ?? r.meta;
  if (target !== undefined && typeof target !== 'string') return { kind: 'invalid', reason: 'target must be a string' };
  if (r.key !== undefined && typeof r.key !== 'string') return { kind: 'invalid', reason: 'key must be a string' };
  if (typeof value !== 'number' || !Number.isFinite(value)) return { kind: 'invalid', reason: 'valueMs must be a number' };
  if (meta !== undefined && (meta === null || typeof meta !== 'object' || Array.isArray(meta) || Object.values(meta).some((v) => typeof v !== 'string'))) {
    return { kind: 'invalid', reason: 'metadata must be an object of strings' };
  }
  return { kind: 'event', event: { target, key: r.key, valueMs: value, metadata: meta as Record<string, string> | undefined } };
}

/** One CSV record: commas separate cells, double quotes wrap cells that hold commas, "" is a quote. */
export function splitCsv(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}
