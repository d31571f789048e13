/**
 * A one-pass multi-pattern matcher over token streams. Every pattern is filed under (length,
 * hash of its tokens), each vocabulary word carries a bit mask of the lengths of the patterns
 * it starts, and window hashes come from prefix hashes, so a position costs a lookup or two
 * whatever the number of patterns. The guard uses one for its fingerprints and one for the
 * parts of them that public text may share (fingerprints.ts).
 */

/** Longer patterns (long titles) are cut to their first MAX_LENGTH words. */
export const MAX_LENGTH = 31;

export interface Pattern {
  ids: Int32Array;
}

export interface PatternSet<P extends Pattern> {
  /** Shared between sets built together, so the same word has the same id in each. */
  vocabulary: Map<string, number>;
  /** Per word id, bit L-1 set when some pattern of length L starts with it. */
  starts: Int32Array;
  table: Map<number, P[]>;
  count: number;
}

const BASE = 0x01000193;
const POWERS = (() => {
  const p = new Int32Array(MAX_LENGTH + 1);
  p[0] = 1;
  for (let i = 1; i <= MAX_LENGTH; i++) p[i] = Math.imul(p[i - 1]!, BASE);
  return p;
})();

function hashOf(ids: ArrayLike<number>): number {
  let h = 0;
  for (let i = 0; i < ids.length; i++) h = (Math.imul(h, BASE) + ids[i]! + 1) | 0;
  return h;
}

const keyOf = (length: number, hash: number) => length * 4294967296 + (hash >>> 0);

export function emptySet<P extends Pattern>(vocabulary = new Map<string, number>()): PatternSet<P> {
  return { vocabulary, starts: new Int32Array(0), table: new Map(), count: 0 };
}

/** The id of a word, added to the vocabulary if new. */
export function wordId(set: PatternSet<Pattern>, word: string): number {
  let id = set.vocabulary.get(word);
  if (id === undefined) set.vocabulary.set(word, (id = set.vocabulary.size));
  return id;
}

export function sameIds(a: Int32Array, b: Int32Array): boolean {
  return a.length === b.length && a.every((v, j) => v === b[j]);
}

/** Files a pattern unless `isDuplicate` finds it among those with the same words. */
export function addPattern<P extends Pattern>(set: PatternSet<P>, pattern: P, isDuplicate: (other: P) => boolean = () => false): void {
  const key = keyOf(pattern.ids.length, hashOf(pattern.ids));
  const list = set.table.get(key) ?? [];
  if (list.some((other) => sameIds(other.ids, pattern.ids) && isDuplicate(other))) return;
  list.push(pattern);
  set.table.set(key, list);
}

/** Call once every pattern is added (and again after removing some). */
export function seal<P extends Pattern>(set: PatternSet<P>): PatternSet<P> {
  set.starts = new Int32Array(set.vocabulary.size);
  set.count = 0;
  for (const list of set.table.values()) {
    for (const p of list) set.starts[p.ids[0]!]! |= 1 << (p.ids.length - 1);
    set.count += list.length;
  }
  return set;
}

/** Drops the patterns `drop` names; the set is sealed again. */
export function remove<P extends Pattern>(set: PatternSet<P>, drop: Set<P>): void {
  for (const [key, list] of set.table) {
    const kept = list.filter((p) => !drop.has(p));
    if (kept.length > 0) set.table.set(key, kept);
    else set.table.delete(key);
  }
  seal(set);
}

/** Every pattern found in a token stream (each reported once per stream). */
export function match<P extends Pattern>(set: PatternSet<P>, words: readonly string[]): P[] {
  const n = words.length;
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) ids[i] = set.vocabulary.get(words[i]!) ?? -1;
  const prefix = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i]!, BASE) + ids[i]! + 1) | 0;
  const found = new Set<P>();
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    if (id < 0 || id >= set.starts.length) continue;
    let mask = set.starts[id]!;
    while (mask !== 0) {
      const bit = mask & -mask;
      mask ^= bit;
      const length = 31 - Math.clz32(bit) + 1;
      if (i + length > n) continue;
      const hash = (prefix[i + length]! - Math.imul(prefix[i]!, POWERS[length]!)) | 0;
      const list = set.table.get(keyOf(length, hash));
      if (!list) continue;
      for (const p of list) {
        if (found.has(p)) continue;
        let same = true;
        for (let j = 0; j < length && same; j++) same = ids[i + j] === p.ids[j];
        if (same) found.add(p);
      }
    }
  }
  return [...found];
}
