/**
 * Fingerprints of the advisories that are not public: what must never appear in the output.
 * Each is a token sequence: the id (also as it appears in file names), the title, the CVE and
 * GHSA ids no public advisory shares, and every 8-word run of the summary and body that appears
 * in no public advisory, page or template (shared boilerplate is not a leak). A run made only of
 * template words, numbers and public facts (package names, versions, ids) is not distinctive
 * either: exports fill templates with public facts, e.g. "Upgrade acme/app to 1.0.4 or later".
 */
import { markdownText, tokens } from './text.ts';

export const RUN = 8;

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
  ids: number[];
}

export interface FingerprintSet {
  vocabulary: Map<string, number>;
  /** Fingerprints indexed by their first two token ids. */
  byStart: Map<string, Fingerprint[]>;
  count: number;
}

function runs(words: string[], length: number): string[][] {
  const out: string[][] = [];
  for (let i = 0; i + length <= words.length; i++) out.push(words.slice(i, i + length));
  return out;
}

/**
 * @param held     advisories that are not public
 * @param publicText every public text: public advisories, pages, announcements, templates
 * @param publicAliases CVE/GHSA ids carried by public advisories
 * @param common   words of the templates and of public facts (lower-case tokens)
 */
export function fingerprints(held: Held[], publicText: Iterable<string>, publicAliases: Set<string>, common: Set<string> = new Set()): FingerprintSet {
  const distinctive = (words: string[]) => words.some((w) => !common.has(w) && !/^\d+$/.test(w));
  const candidates: { h: Held; what: string; words: string[]; distinctive: boolean }[] = [];
  const runKeys = new Map<string, { h: Held; words: string[] }[]>();
  for (const h of held) {
    candidates.push({ h, what: 'id', words: tokens(h.id), distinctive: false });
    for (const alias of h.aliases) {
      if (!publicAliases.has(alias)) candidates.push({ h, what: `alias ${alias}`, words: tokens(alias), distinctive: false });
    }
    const title = tokens(h.title);
    if (title.length >= 2) candidates.push({ h, what: `title "${h.title}"`, words: title, distinctive: true });
    for (const words of [...runs(tokens(h.summary), RUN), ...runs(tokens(markdownText(h.body)), RUN)]) {
      if (!distinctive(words)) continue;
      const key = words.join(' ');
      runKeys.set(key, [...(runKeys.get(key) ?? []), { h, words }]);
    }
  }
  // Drop runs (and titles) that public text also contains; only scan public text for words
  // that held-back text uses, so this costs little however large the public site is.
  const titles = new Map<string, (typeof candidates)[number][]>();
  for (const c of candidates) if (c.distinctive) titles.set(c.words[0]!, [...(titles.get(c.words[0]!) ?? []), c]);
  const needed = new Set([...runKeys.keys()].flatMap((k) => k.split(' ')));
  for (const text of publicText) {
    const words = tokens(text);
    for (let i = 0; i < words.length; i++) {
      for (const c of titles.get(words[i]!) ?? []) {
        if (c.distinctive && c.words.every((w, j) => words[i + j] === w)) c.distinctive = false;
      }
      if (!needed.has(words[i]!)) continue;
      let all = i + RUN <= words.length;
      for (let j = 1; j < RUN && all; j++) all = needed.has(words[i + j]!);
      if (all) runKeys.delete(words.slice(i, i + RUN).join(' '));
    }
  }
  const kept = candidates.filter((c) => !c.what.startsWith('title') || c.distinctive);
  for (const list of runKeys.values()) {
    for (const { h, words } of list) kept.push({ h, what: `text "${words.join(' ')}"`, words, distinctive: true });
  }

  const vocabulary = new Map<string, number>();
  const byStart = new Map<string, Fingerprint[]>();
  for (const c of kept) {
    if (c.words.length === 0) continue;
    const ids = c.words.map((w) => {
      let id = vocabulary.get(w);
      if (id === undefined) vocabulary.set(w, (id = vocabulary.size));
      return id;
    });
    const start = ids.length > 1 ? `${ids[0]},${ids[1]}` : `${ids[0]}`;
    const fp = { advisory: c.h.id, reason: c.h.reason, what: c.what, ids };
    byStart.set(start, [...(byStart.get(start) ?? []), fp]);
  }
  return { vocabulary, byStart, count: kept.length };
}

/** Every fingerprint found in a token stream (each reported once per stream). */
export function match(set: FingerprintSet, words: string[]): Fingerprint[] {
  const ids = words.map((w) => set.vocabulary.get(w) ?? -1);
  const found = new Set<Fingerprint>();
  for (let i = 0; i < ids.length; i++) {
    if (ids[i] === -1) continue;
    const candidates = [...(set.byStart.get(`${ids[i]},${ids[i + 1]}`) ?? []), ...(set.byStart.get(`${ids[i]}`) ?? [])];
    for (const fp of candidates) {
      if (found.has(fp)) continue;
      let ok = true;
      for (let j = 0; j < fp.ids.length && ok; j++) ok = ids[i + j] === fp.ids[j];
      if (ok) found.add(fp);
    }
  }
  return [...found];
}
