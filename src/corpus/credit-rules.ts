/**
 * credits.yaml across its entries (an error each): one spelling belongs to one person, and an
 * alias is never the person's own name. And a warning rule (warnings.ts): credited names that
 * look like one person, by a near-identical spelling or a handle inside a name, that
 * credits.yaml does not join yet. Warnings never fail a check.
 */
import path from 'node:path';
import { CREDITS_FILE, type Corpus } from './read.ts';
import type { Problem } from './problems.ts';
import type { WarningRule } from './warnings.ts';
import { displayPath } from './content-dir.ts';
import { indexPeople, likelyDuplicates, spellingKey } from '../domain/credits.ts';

export function checkPeople(corpus: Corpus, problems: Problem[]): void {
  const file = displayPath(path.join(corpus.dir, CREDITS_FILE));
  const owner = new Map<string, { name: string; at: string }>();
  corpus.peopleFacts.forEach((person, i) => {
    if (!person.name) return;
    const spellings = [
      { text: person.name, field: `[${i}].name` },
      ...person.aliases.flatMap((text, j) => (text ? [{ text, field: `[${i}].aliases[${j}]` }] : [])),
    ];
    for (const { text, field } of spellings) {
      const key = spellingKey(text);
      const first = owner.get(key);
      if (first && first.name === person.name && field !== `[${i}].name` && key === spellingKey(person.name)) {
        problems.push({ file, field, message: `"${text}" is the name itself (remove it from aliases)` });
      } else if (first) {
        const whose = first.name === person.name ? 'already listed for this person' : `already a spelling of "${first.name}" (${first.at})`;
        problems.push({ file, field, message: `"${text}" is ${whose} (keep each spelling under one person, once)` });
      } else owner.set(key, { name: person.name, at: field });
    }
  });
}

/** Names credited in the advisories, in file order, with where each spelling is first met. */
function creditedSpellings(corpus: Corpus): { spelling: string; file: string; field: string }[] {
  const seen = new Set<string>();
  const out: { spelling: string; file: string; field: string }[] = [];
  for (const a of corpus.advisoryFacts) {
    (a.data.credits ?? []).forEach((c, i) => {
      if (!c?.name || seen.has(spellingKey(c.name))) return;
      seen.add(spellingKey(c.name));
      out.push({ spelling: c.name, file: a.file, field: `credits[${i}].name` });
    });
  }
  return out;
}

export const duplicateCredits: WarningRule = (corpus: Corpus, warnings: Problem[]) => {
  const index = indexPeople(corpus.people);
  const spellings = creditedSpellings(corpus);
  const where = new Map(spellings.map((s) => [spellingKey(s.spelling), s]));
  const firstOf = (name: string) =>
    where.get(spellingKey(name)) ?? spellings.find((s) => spellingKey(index.get(spellingKey(s.spelling))?.name ?? '') === spellingKey(name));
  for (const d of likelyDuplicates(spellings.map((s) => s.spelling), index)) {
    const at = firstOf(d.spelling);
    if (!at) continue;
    const likeAt = firstOf(d.like);
    warnings.push({
      file: at.file,
      field: at.field,
      message: `"${d.spelling}" looks like "${d.like}"${likeAt ? ` (credited in ${likeAt.file})` : ''}: ${d.reason} (if they are one person, list the spelling under one name in ${CREDITS_FILE}; if not, ignore this)`,
    });
  }
};
