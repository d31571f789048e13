/**
 * Maven's version ordering (maven-artifact's ComparableVersion), for the Maven ecosystem, where
 * no maintained npm library implements it. A version splits into items at `.` and `-` and where
 * digits meet letters; `-` and a digit/letter change open a sub-list. Numbers compare as numbers
 * and beat words; known qualifiers order alpha < beta < milestone < rc (= cr) < snapshot <
 * release (`""`, `ga`, `final`, `release`) < sp, and unknown words follow, alphabetically. Trailing
 * zeros and release words drop out, so 1 = 1.0 = 1-ga. This follows maven-artifact 3.8, where a word
 * after other items opens a sub-list (2.0.a = 2.0.0.a); tests take their cases from Maven's own.
 */

type Item = { kind: 'number'; value: bigint } | { kind: 'word'; value: string } | { kind: 'list'; items: Item[] };

const QUALIFIERS = ['alpha', 'beta', 'milestone', 'rc', 'snapshot', '', 'sp'];
const ALIASES: Record<string, string> = { ga: '', final: '', release: '', cr: 'rc' };
const RELEASE = String(QUALIFIERS.indexOf(''));

function word(text: string, followedByDigit: boolean): Item {
  const short = followedByDigit && text.length === 1 ? ({ a: 'alpha', b: 'beta', m: 'milestone' } as Record<string, string>)[text] : undefined;
  const value = short ?? text;
  return { kind: 'word', value: ALIASES[value] ?? value };
}

/** The qualifier's place as a string that sorts lexically: known ones by index, unknown after. */
function rank(qualifier: string): string {
  const i = QUALIFIERS.indexOf(qualifier);
  return i === -1 ? `${QUALIFIERS.length}-${qualifier}` : String(i);
}

const cmp = <T>(a: T, b: T) => (a < b ? -1 : a > b ? 1 : 0);

const isNull = (item: Item) =>
  item.kind === 'number' ? item.value === 0n : item.kind === 'word' ? rank(item.value) === RELEASE : item.items.length === 0;

/** Drops trailing items that mean nothing (0, release words, empty lists) up to the last real one. */
function normalise(list: Item[]): void {
  for (let i = list.length - 1; i >= 0; i--) {
    const item = list[i]!;
    if (isNull(item)) list.splice(i, 1);
    else if (item.kind !== 'list') break;
  }
}

export function parseMaven(version: string): Item[] {
  const text = version.toLowerCase();
  const root: Item[] = [];
  const opened: Item[][] = [root];
  let list = root;
  let digits = false;
  let start = 0;
  const item = (part: string, isNumber: boolean): Item => (isNumber ? { kind: 'number', value: BigInt(part) } : word(part, false));
  const open = () => {
    const sub: Item[] = [];
    list.push({ kind: 'list', items: sub });
    list = sub;
    opened.push(sub);
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '.' || c === '-') {
      list.push(i === start ? { kind: 'number', value: 0n } : item(text.slice(start, i), digits));
      start = i + 1;
      if (c === '-') open();
    } else if (c >= '0' && c <= '9') {
      if (!digits && i > start) {
        // A word after other items starts a sub-list of its own (Maven 3.8, MNG-6964's era).
        if (list.length > 0) open();
        list.push(word(text.slice(start, i), true));
        start = i;
        open();
      }
      digits = true;
    } else {
      if (digits && i > start) {
        list.push(item(text.slice(start, i), true));
        start = i;
        open();
      }
      digits = false;
    }
  }
  if (text.length > start) {
    if (!digits && list.length > 0) open();
    list.push(item(text.slice(start), digits));
  }
  for (const l of opened.reverse()) normalise(l);
  return root;
}

/** One item against another, or against nothing (`undefined`: the other version ended). */
function compareItem(a: Item, b: Item | undefined): number {
  if (b === undefined) {
    if (a.kind === 'number') return a.value === 0n ? 0 : 1;
    if (a.kind === 'word') return cmp(rank(a.value), RELEASE);
    for (const i of a.items) {
      const result = compareItem(i, undefined);
      if (result !== 0) return result;
    }
    return 0;
  }
  if (a.kind === 'number') return b.kind === 'number' ? cmp(a.value, b.value) : 1;
  if (a.kind === 'word') return b.kind === 'word' ? cmp(rank(a.value), rank(b.value)) : -1;
  if (b.kind === 'number') return -1;
  if (b.kind === 'word') return 1;
  return compareLists(a.items, b.items);
}

function compareLists(a: Item[], b: Item[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const l = a[i];
    const r = b[i];
    const result = l === undefined ? (r === undefined ? 0 : -compareItem(r, undefined)) : compareItem(l, r);
    if (result !== 0) return result;
  }
  return 0;
}

export function compareMaven(a: string, b: string): number {
  return compareLists(parseMaven(a), parseMaven(b));
}

/** Before its release: a qualifier below the release words (alpha, beta, milestone, rc, snapshot). */
export function isMavenPrerelease(version: string): boolean {
  const walk = (items: Item[]): boolean =>
    items.some((i) => (i.kind === 'word' ? cmp(rank(i.value), RELEASE) < 0 && QUALIFIERS.includes(i.value) : i.kind === 'list' && walk(i.items)));
  return walk(parseMaven(version));
}
