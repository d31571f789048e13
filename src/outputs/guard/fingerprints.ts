/**
 * Fingerprints of the advisories that are not public: what must never appear in the output.
 * Each is a token sequence: the id (also as it appears in file names), the title, the CVE and
 * GHSA ids no public advisory shares, and every 8-word run of the summary and body that appears
 * in no public advisory, page or template (shared boilerplate is not a leak). A run made only of
 * template words, numbers and public facts (package names, versions, ids) is not distinctive
 * either: exports fill templates with public facts, e.g. "Upgrade acme/app to 1.0.4 or later".
 *
 * Matching is one pass over a token stream with a multi-pattern matcher: every fingerprint is
 * filed under (length, hash of its tokens), each vocabulary word carries a bit mask of the
 * lengths of the fingerprints it starts, and window hashes come from prefix hashes, so a position
 * costs a lookup or two whatever the number of fingerprints.
 */
import { markdownText, tokens } from './text.ts';

export const RUN = 8;
/** Longer fingerprints (long titles) are cut to their first MAX_LENGTH words. */
const MAX_LENGTH = 31;

export interface Held {
  id: string;
  reason: string;
  title: string;
  summary: string;
  body: string;
  aliases: string[];
}

export interface Fingerprint {
  advisory: string;
  reason: string;
  /** What matched, for the report: `id`, `title "…"`, `alias CVE-…`, `text "…"`. */
  what: string;
  /** Boilerplate-sensitive kinds (titles, text runs) are dropped when public text contains them. */
  removable: boolean;
  ids: Int32Array;
}

export interface FingerprintSet {
  vocabulary: Map<string, number>;
  /** Per word id, bit L-1 set when some fingerprint of length L starts with it. */
  starts: Int32Array;
  table: Map<number, Fingerprint[]>;
  count: number;
}

const BASE = 0x01000193;
const POWERS = (() => {
  const p = new Int32Array(MAX_LENGTH + 1);
  p[0] = 1;
  for (let i = 1; i <= MAX_LENGTH; i++) p[i] = Math.imul(p[i - 1]!, BASE);
  return p;
})();

function hashOf(ids: ArrayLike<number>, from: number, length: number): number {
  let h = 0;
  for (let i = from; i < from + length; i++) h = (Math.imul(h, BASE) + ids[i]! + 1) | 0;
  return h;
}

const keyOf = (length: number, hash: number) => length * 4294967296 + (hash >>> 0);

/** Every fingerprint found in a token stream (each reported once per stream). */
export function match(set: FingerprintSet, words: string[]): Fingerprint[] {
  const n = words.length;
  const ids = new Int32Array(n);
  for (let i = 0; i < n; i++) ids[i] = set.vocabulary.get(words[i]!) ?? -1;
  const prefix = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = (Math.imul(prefix[i]!, BASE) + ids[i]! + 1) | 0;
  const found = new Set<Fingerprint>();
  for (let i = 0; i < n; i++) {
    const id = ids[i]!;
    if (id < 0) continue;
    let mask = set.starts[id]!;
    while (mask !== 0) {
      const bit = mask & -mask;
      mask ^= bit;
      const length = 31 - Math.clz32(bit) + 1;
      if (i + length > n) continue;
      const hash = (prefix[i + length]! - Math.imul(prefix[i]!, POWERS[length]!)) | 0;
      const list = set.table.get(keyOf(length, hash));
      if (!list) continue;
      for (const fp of list) {
        if (found.has(fp)) continue;
        let same = true;
        for (let j = 0; j < length && same; j++) same = ids[i + j] === fp.ids[j];
        if (same) found.add(fp);
      }
    }
  }
  return [...found];
}

/**
 * @param held     advisories that are not public
 * @param publicText every public text: public advisories, pages, announcements, templates
 * @param publicAliases CVE/GHSA ids carried by public advisories
 * @param common   words of the templates and of public facts (lower-case tokens)
 */
export function fingerprints(held: Held[], publicText: Iterable<string>, publicAliases: Set<string>, common: Set<string> = new Set()): FingerprintSet {
  const set: FingerprintSet = { vocabulary: new Map(), starts: new Int32Array(0), table: new Map(), count: 0 };
  const idOf = (w: string) => {
    let id = set.vocabulary.get(w);
    if (id === undefined) set.vocabulary.set(w, (id = set.vocabulary.size));
    return id;
  };
  const distinctive = (words: string[]) => words.some((w) => !common.has(w) && !/^\d+$/.test(w));
  const add = (h: Held, what: string, words: string[], removable: boolean) => {
    const cut = words.slice(0, MAX_LENGTH);
    if (cut.length === 0) return;
    const ids = Int32Array.from(cut, idOf);
    const key = keyOf(ids.length, hashOf(ids, 0, ids.length));
    const list = set.table.get(key) ?? [];
    // The same words in several held-back advisories are one pattern, reported for the first.
    if (list.some((fp) => fp.what === what && fp.ids.length === ids.length && fp.ids.every((v, j) => v === ids[j]))) return;
    list.push({ advisory: h.id, reason: h.reason, what, removable, ids });
    set.table.set(key, list);
  };
  for (const h of held) {
    add(h, 'id', tokens(h.id), false);
    for (const alias of h.aliases) if (!publicAliases.has(alias)) add(h, `alias ${alias}`, tokens(alias), false);
    const title = tokens(h.title);
    if (title.length >= 2) add(h, `title "${h.title}"`, title, true);
    const seen = new Set<string>();
    for (const words of [tokens(h.summary), tokens(markdownText(h.body))]) {
      for (let i = 0; i + RUN <= words.length; i++) {
        const run = words.slice(i, i + RUN);
        const text = run.join(' ');
        if (seen.has(text) || !distinctive(run)) continue;
        seen.add(text);
        add(h, `text "${text}"`, run, true);
      }
    }
  }
  set.starts = new Int32Array(set.vocabulary.size);
  for (const list of set.table.values()) for (const fp of list) set.starts[fp.ids[0]!]! |= 1 << (fp.ids.length - 1);

  // Drop titles and runs that public text also contains: shared text is not a leak.
  const shared = new Set<Fingerprint>();
  for (const text of publicText) for (const fp of match(set, tokens(text))) if (fp.removable) shared.add(fp);
  for (const [key, list] of set.table) {
    const kept = list.filter((fp) => !shared.has(fp));
    if (kept.length > 0) set.table.set(key, kept);
    else set.table.delete(key);
  }
  for (const list of set.table.values()) set.count += list.length;
  return set;
}
