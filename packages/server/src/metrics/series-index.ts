import type { Metadata, Series } from './series.js';

/**
 * One step of a target's series index: after a key (the root of that key's
 * tree) and then after each metadata entry, in ascending order of names.
 */
export class IndexNode {
  /** Only on a key's root: the key's combined series. */
  combined: Series | undefined = undefined;
  /** The split series whose metadata is exactly the path to this node. */
  split: Series | undefined = undefined;
  /** Entry name → entry value → the node after that entry. */
  next: Map<string, Map<string, IndexNode>> | undefined = undefined;
}

/**
 * Finds a target's series from an event's key and metadata. The engine's
 * maps keep split series under one string (series-key.ts); building that
 * string and hashing it was a fifth of the engine's time per event, while
 * walking this tree looks up the key once for both series and then each
 * metadata name and value, short strings whose hashes V8 keeps (JSON
 * property names are interned).
 *
 * A series' path takes its entries in ascending order of names, as the
 * string key sorts them. Producers send names in their own order (a JSON
 * object's is the order it was written in), so the first event found only
 * by sorting also adds its order as a second path to the same series, and
 * later ones walk it as they come, without sorting. Any path spells one
 * label set, so it can only lead to that set's series; second paths are
 * capped at one per series on average, so odd orders cannot grow the tree
 * without bound. The string-keyed maps stay the record (snapshots, views);
 * the engine checks them on a miss here.
 */
export class SeriesIndex {
  private readonly roots = new Map<string, IndexNode>();
  private splits = 0;
  private secondPaths = 0;

  /** The key's node: its combined series, and where its split series start. */
  root(key: string): IndexNode | undefined {
    return this.roots.get(key);
  }

  setCombined(key: string, series: Series): void {
    this.rootOrNew(key).combined = series;
  }

  addSplit(key: string, metadata: Metadata, series: Series): void {
    this.addPath(this.rootOrNew(key), Object.keys(metadata).sort(), metadata, series);
    this.splits++;
  }

  /** The split series of `metadata` under a key's root, if it has one. */
  find(root: IndexNode, metadata: Metadata): Series | undefined {
    let node: IndexNode | undefined = root;
    for (const name in metadata) {
      node = node.next?.get(name)?.get(metadata[name]);
      if (node === undefined) break;
    }
    if (node?.split !== undefined) return node.split;
    // Not this order: a new series, or names in an order not seen yet.
    const names = Object.keys(metadata);
    const series = walk(root, names.slice().sort(), metadata)?.split;
    if (series !== undefined && this.secondPaths < this.splits) {
      this.addPath(root, names, metadata, series);
      this.secondPaths++;
    }
    return series;
  }

  private addPath(root: IndexNode, names: readonly string[], metadata: Metadata, series: Series): void {
    let node = root;
    for (const name of names) {
      node.next ??= new Map();
      let values = node.next.get(name);
      if (values === undefined) node.next.set(name, (values = new Map()));
      const value = metadata[name];
      let child = values.get(value);
      if (child === undefined) values.set(value, (child = new IndexNode()));
      node = child;
    }
    node.split = series;
  }

  private rootOrNew(key: string): IndexNode {
    let node = this.roots.get(key);
    if (node === undefined) this.roots.set(key, (node = new IndexNode()));
    return node;
  }
}

function walk(root: IndexNode, names: readonly string[], metadata: Metadata): IndexNode | undefined {
  let node: IndexNode | undefined = root;
  for (let i = 0; i < names.length && node !== undefined; i++) node = node.next?.get(names[i])?.get(metadata[names[i]]);
  return node;
}
