import type { Row } from './types.js';

/**
 * The filters of a windowed subscription (latency.proto, View), as the
 * server applies them before it sorts and cuts the window. Exported so a
 * viewer can apply the very same test to the rows it holds.
 */
export interface ViewFilter {
  keyFilter: string;
  metadataFilter: string;
  /** Only rows whose p90 is at least this (ms); undefined: no such filter. */
  p90AtLeastMs?: number;
  activeOnly: boolean;
}

/** Wildcards a key filter may hold; a filter with one is a glob over the whole key. */
const GLOB = /[*?]/;

/**
 * The rows a view's filters keep, or undefined when they keep every row
 * (nothing to test). Key: case-insensitive; a glob over the whole key when it
 * holds * or ?, else a substring of it. Metadata: `tier=premium region=eu`
 * (every name=value must match, the value a case-insensitive substring) or
 * free text against the metadata label, as the dashboard's filter box reads it.
 */
export function viewFilter(f: ViewFilter): ((r: Row) => boolean) | undefined {
  const key = f.keyFilter.trim().toLowerCase();
  const meta = f.metadataFilter.trim().toLowerCase();
  const p90 = f.p90AtLeastMs;
  if (key === '' && meta === '' && p90 === undefined && !f.activeOnly) return undefined;
  const keyOk = key === '' ? undefined : GLOB.test(key) ? globMatcher(key) : (k: string) => k.includes(key);
  const terms = meta === '' ? [] : meta.split(/[\s,]+/).filter((t) => t !== '');
  return (r) =>
    (keyOk === undefined || keyOk(r.key.toLowerCase())) &&
    (terms.length === 0 || terms.every((t) => metaTermMatches(r, t))) &&
    (p90 === undefined || r.p90 >= p90) &&
    (!f.activeOnly || r.eventsPerSecond > 0);
}

function metaTermMatches(r: Row, term: string): boolean {
  const eq = term.indexOf('=');
  if (eq < 0) return r.metadataLabel.toLowerCase().includes(term);
  const name = term.slice(0, eq);
  const value = term.slice(eq + 1);
  for (const k in r.metadata) if (k.toLowerCase() === name && r.metadata[k].toLowerCase().includes(value)) return true;
  return false;
}

/**
 * `*` any run of characters, `?` one, over the whole (lower-cased) text.
 * Matched by walking, not by a RegExp: no pattern can make it backtrack
 * without bound (the cost is at most the lengths' product).
 */
export function globMatcher(glob: string): (text: string) => boolean {
  const p = glob.toLowerCase();
  return (s) => {
    let i = 0;
    let j = 0;
    let star = -1;
    let mark = 0;
    while (i < s.length) {
      if (j < p.length && (p[j] === '?' || p[j] === s[i])) {
        i++;
        j++;
      } else if (j < p.length && p[j] === '*') {
        star = j++;
        mark = i;
      } else if (star >= 0) {
        j = star + 1;
        i = ++mark;
      } else return false;
    }
    while (j < p.length && p[j] === '*') j++;
    return j === p.length;
  };
}
