/**
 * One name per person (README, "Credits"): credits.yaml gives each person a canonical name, the
 * other spellings advisories use, and an optional profile URL. Spellings match whatever their
 * case and spacing. The snapshot resolves every advisory's credits through this, so pages,
 * feeds and exports all show the canonical name; `likelyDuplicates` finds spellings that look
 * like one person but credits.yaml does not join yet.
 */
import type { Credit, Person } from './model.ts';

/** The form spellings are compared in: lower case, single spaces, trimmed. */
export const spellingKey = (name: string) => name.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();

export type PeopleIndex = Map<string, Person>;

export function indexPeople(people: readonly Person[]): PeopleIndex {
  const index: PeopleIndex = new Map();
  for (const person of people) for (const spelling of [person.name, ...person.aliases]) if (!index.has(spellingKey(spelling))) index.set(spellingKey(spelling), person);
  return index;
}

/** The person a spelling belongs to, if credits.yaml knows it. */
export const personOf = (name: string, index: PeopleIndex): Person | undefined => index.get(spellingKey(name));

/** The name to show for a spelling: its person's canonical name, or the spelling itself. */
export const canonicalName = (name: string, index: PeopleIndex): string => personOf(name, index)?.name ?? name;

/**
 * An advisory's credits under canonical names, the profile URL added where the credit names no
 * contact, and a person credited twice for one role (under two spellings) kept once.
 */
export function resolveCredits(credits: readonly Credit[], index: PeopleIndex): Credit[] {
  const seen = new Set<string>();
  const out: Credit[] = [];
  for (const c of credits) {
    const person = personOf(c.name, index);
    const name = person?.name ?? c.name;
    const key = `${c.type}\0${spellingKey(name)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ name, type: c.type, contact: c.contact.length > 0 || !person?.url ? [...c.contact] : [person.url] });
  }
  return out;
}

/** Optimal string alignment distance: edits, with a swap of two neighbours counted as one. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** "Patryk Gruszka (patrykgruszka)" → name "Patryk Gruszka", handle "patrykgruszka". */
function parts(spelling: string): { name: string; handles: string[] } {
  const handles = [...spelling.matchAll(/\(([^()\s]+)\)/g)].map((m) => m[1]!.toLowerCase().replace(/^@/, ''));
  const name = spellingKey(spelling.replace(/\([^()]*\)/g, ' '));
  // A single word with no space is a handle too ("patrykgruszka", "@kuzmany").
  return { name, handles: name.includes(' ') ? handles : [...handles, name.replace(/^@/, '')] };
}

const squashed = (name: string) => name.replace(/[^\p{L}\p{N}]/gu, '');

/**
 * How many edits still read as a typo rather than another name: two in a name of ten letters or
 * more, one from eight, none below (Jane Doe and Jane Roe are two people).
 */
const nearLimit = (letters: number) => (letters >= 10 ? 2 : letters >= 8 ? 1 : 0);

/** Why two spellings look like one person, or undefined when they do not. */
export function duplicateReason(a: string, b: string): string | undefined {
  const x = parts(a);
  const y = parts(b);
  if (x.name === y.name) return 'the same name';
  const [sx, sy] = [squashed(x.name), squashed(y.name)];
  if (sx === sy) return 'the same letters';
  // A near miss between full names: a typo or a swapped pair of letters.
  const limit = nearLimit(Math.min(sx.length, sy.length));
  if (x.name.includes(' ') && y.name.includes(' ') && limit > 0 && editDistance(sx, sy) <= limit) return 'a spelling within a few letters';
  for (const [one, other] of [
    [x, y],
    [y, x],
  ] as const) {
    for (const h of one.handles) {
      if (h.length < 5) continue;
      if (other.handles.includes(h)) return `the handle ${h}`;
      const full = squashed(other.name);
      const near = nearLimit(Math.min(h.length, full.length));
      if (other.name.includes(' ') && (full.includes(h) || (near > 0 && editDistance(h, full) <= near))) return `the handle ${h} inside the name`;
    }
  }
  return undefined;
}

export interface LikelyDuplicate {
  /** The spelling that looks like a duplicate, as first met. */
  spelling: string;
  /** The canonical name (or spelling) it looks like. */
  like: string;
  reason: string;
}

/**
 * Shown names that look like an earlier one, in the order the names are first met. Names that credits.yaml already joins are one name here and never pair.
 */
export function likelyDuplicates(spellings: readonly string[], index: PeopleIndex): LikelyDuplicate[] {
  const shown: string[] = [];
  for (const s of spellings) {
    const name = canonicalName(s, index);
    if (!shown.some((n) => spellingKey(n) === spellingKey(name))) shown.push(name);
  }
  const found: LikelyDuplicate[] = [];
  // One finding per spelling, against the first name it looks like: joining those two in
  // credits.yaml joins the rest on the next check.
  shown.forEach((name, i) => {
    for (const earlier of shown.slice(0, i)) {
      const reason = duplicateReason(earlier, name);
      if (!reason) continue;
      found.push({ spelling: name, like: earlier, reason });
      break;
    }
  });
  return found;
}
