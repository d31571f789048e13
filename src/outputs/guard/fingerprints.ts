/**
 * Fingerprints of what is held back: what must never appear in the output. For each held-back
 * advisory or announcement: its id, its aliases that no public advisory carries and its paths
 * (always), its title, and every 8-word run of what a reader would see of its summary and body
 * (reader-text.ts) — unless public text says the same, since shared text is not a leak.
 *
 * "The same" allows for templates: pages print public text next to template words and public
 * facts (headings, labels, package names, versions), so a run that is public text with template
 * words at either end — "references" + the last seven words of a shared paragraph — is shared
 * too. A run made only of template words, numbers and public facts is not distinctive at all:
 * exports fill templates with public facts, e.g. "Upgrade acme/app to 1.0.4 or later".
 */
import { type Pattern, type PatternSet, addPattern, emptySet, match, remove, seal, wordId } from './matcher.ts';
import { type TextSource, createReader } from './reader-text.ts';
import { readerWords, tokens } from './text.ts';
import { decodeHTML } from 'entities';

export const RUN = 8;

export interface HeldItem {
  /** An advisory id, or `announcement <slug>`. */
  id: string;
  reason: string;
  /** Always fingerprints, whatever public text holds: the id, unshared aliases. */
  exact: { what: string; text: string }[];
  /** Fingerprints unless public text holds the same: paths of pages that must not exist yet. */
  paths: string[];
  /** Fingerprints unless public text holds the same words. */
  titles: string[];
  /** Prose whose 8-word runs are fingerprints. */
  texts: TextSource[];
}

export interface Fingerprint extends Pattern {
  advisory: string;
  reason: string;
  /** What matched, for the report: `id`, `title "…"`, `alias CVE-…`, `text "…"`. */
  what: string;
  /** Titles, paths and runs are dropped when public text shares them; ids and aliases never. */
  removable: boolean;
}

export type FingerprintSet = PatternSet<Fingerprint>;

/** The part of a removable fingerprint that public text must hold for it to count as shared. */
interface Core extends Pattern {
  of: Fingerprint[];
}

export interface FingerprintInput {
  held: HeldItem[];
  /** Everything public: advisories, pages, announcements out now, templates. */
  publicTexts: TextSource[];
  /** Template source and public facts (names, versions, ids): their words are not distinctive. */
  common: string[];
}

const isNumber = (w: string) => /^\d+$/.test(w);

export async function buildFingerprints(input: FingerprintInput): Promise<FingerprintSet> {
  const read = createReader();
  const common = new Set(input.common.flatMap(tokens));
  const isCommon = (w: string) => common.has(w) || isNumber(w);
  const set = emptySet<Fingerprint>();
  const add = (h: HeldItem, what: string, words: string[], removable: boolean) => {
    if (words.length === 0) return;
    const ids = Int32Array.from(words.slice(0, 31), (w) => wordId(set, w));
    // The same words in several held-back items are one pattern, reported for the first.
    addPattern(set, { advisory: h.id, reason: h.reason, what, removable, ids }, (other) => other.what === what);
  };
  for (const h of input.held) {
    for (const e of h.exact) add(h, e.what, readerWords(e.text), false);
    for (const p of h.paths) add(h, `path ${p}`, readerWords(p), true);
    for (const t of h.titles) {
      const words = readerWords(t);
      if (words.length >= 2) add(h, `title "${t}"`, words, true);
    }
    const seen = new Set<string>();
    for (const source of h.texts) {
      const words = await read(source);
      for (let i = 0; i + RUN <= words.length; i++) {
        const run = words.slice(i, i + RUN);
        const text = run.join(' ');
        if (seen.has(text) || run.every(isCommon)) continue;
        seen.add(text);
        add(h, `text "${text}"`, run, true);
      }
    }
  }
  seal(set);
  const shared = await sharedFingerprints(set, input.publicTexts, isCommon, read);
  remove(set, shared);
  return set;
}

/** Text runs lose their template words at either end; titles and paths must be shared whole. */
function coreOf(fp: Fingerprint, isCommon: (w: string) => boolean, words: string[]): Int32Array {
  if (!fp.what.startsWith('text ')) return fp.ids;
  let from = 0;
  let to = fp.ids.length;
  while (from < to && isCommon(words[fp.ids[from]!]!)) from++;
  while (to > from && isCommon(words[fp.ids[to - 1]!]!)) to--;
  return fp.ids.subarray(from, to);
}

/** A superset of the words a rendered source can show, read without rendering it. */
function possibleWords(source: TextSource): Set<string> {
  const text = source.text;
  return new Set([...tokens(text), ...tokens(decodeHTML(text)), ...readerWords(text), 'footnotes']);
}

/**
 * The removable fingerprints that public text holds. The build hands over bodies already
 * rendered; one that still needs rendering (milliseconds each) is rendered only when its words
 * could hold one of the cores.
 */
async function sharedFingerprints(
  set: FingerprintSet,
  publicTexts: readonly TextSource[],
  isCommon: (w: string) => boolean,
  read: (s: TextSource) => Promise<string[]>,
): Promise<Set<Fingerprint>> {
  const words: string[] = [];
  for (const [w, id] of set.vocabulary) words[id] = w;
  const cores = emptySet<Core>(set.vocabulary);
  for (const list of set.table.values()) {
    for (const fp of list) {
      if (!fp.removable) continue;
      const ids = coreOf(fp, isCommon, words);
      const core: Core = { ids, of: [fp] };
      addPattern(cores, core, (other) => (other.of.push(fp), true));
    }
  }
  seal(cores);
  const shared = new Set<Fingerprint>();
  if (cores.count === 0) return shared;
  // Cores filed by their first word; those starting with a number are tried on every source.
  const byFirst = new Map<string, Core[]>();
  const numberFirst: Core[] = [];
  for (const list of cores.table.values()) {
    for (const c of list) {
      const first = words[c.ids[0]!]!;
      if (isNumber(first)) numberFirst.push(c);
      else {
        const list = byFirst.get(first);
        if (list) list.push(c);
        else byFirst.set(first, [c]);
      }
    }
  }
  const holds = (vocabulary: Set<string>, c: Core) => c.ids.every((id) => vocabulary.has(words[id]!) || isNumber(words[id]!));
  const couldHold = (vocabulary: Set<string>) => {
    if (numberFirst.some((c) => holds(vocabulary, c))) return true;
    for (const w of vocabulary) for (const c of byFirst.get(w) ?? []) if (holds(vocabulary, c)) return true;
    return false;
  };
  for (const source of publicTexts) {
    if (source.kind === 'markdown' && !couldHold(possibleWords(source))) continue;
    for (const core of match(cores, await read(source))) for (const fp of core.of) shared.add(fp);
  }
  return shared;
}
