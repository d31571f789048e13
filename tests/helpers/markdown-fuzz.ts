/**
 * Seeded content folders (format v1) for the differential Markdown fuzz test. A pool of shared
 * blocks, every Markdown construct an advisory body may hold, is mixed into public and held-back
 * advisories, pages and announcements alike, beside each item's own distinctive blocks. The
 * returned ground truth says what must be on the site and what must not: a phrase is a leak
 * exactly when nothing public at the build instant was written with it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { rng } from '../../scripts/bench/synthetic.ts';
import { type Ink, KINDS, type Kind, Lexicon, block, cap } from './markdown-blocks.ts';
import { type Branch, fullPage, releasesYaml, siteYaml } from './markdown-fuzz-files.ts';

export type Status = 'draft' | 'embargoed' | 'published' | 'withdrawn';

export interface FuzzAdvisory {
  id: string;
  status: Status;
  published: Date;
  /** The visibility rule, restated here so the test does not trust src/lib/visibility.ts. */
  public: boolean;
  title: string;
  /** Visible phrases only this advisory was written with; the first opens its description. */
  strings: string[];
  /** Its phrases a reader never sees (link titles): a leak all the same. */
  hidden: string[];
  cve: string[];
  ghsa: string[];
  /** The shared blocks (indexes into FuzzContent.shared) in its summary or body. */
  shared: number[];
}

export interface FuzzAnnouncement {
  slug: string;
  published: Date;
  public: boolean;
  title: string;
  strings: string[];
  hidden: string[];
}

export interface FuzzPage {
  slug: string;
  strings: string[];
  hidden: string[];
}

export interface SharedBlock {
  kind: Kind | 'summary';
  /** As pasted into each document that uses it. */
  lines: string[];
  strings: string[];
  hidden: string[];
  /** Who was written with it: advisory ids, `page <slug>`, `announcement <slug>`. */
  users: string[];
  /** Some public item holds it, so it is boilerplate on the site rather than a leak. */
  public: boolean;
}

export interface FuzzContent {
  now: Date;
  advisories: FuzzAdvisory[];
  announcements: FuzzAnnouncement[];
  pages: FuzzPage[];
  shared: SharedBlock[];
}

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
const day = (ms: number) => new Date(Math.floor(ms / DAY) * DAY);
const yaml = JSON.stringify;
const SEVERITY = [
  'severity: moderate',
  'severity: critical',
  'cvss: CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N',
  'cvss: CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H',
  'risk: AC:Basic/A:User/CI:Some/II:Some/E:Theoretical/TD:Default',
];
const GHSA = '23456789cfghjmpqrvwx';

export function writeFuzzContent(dir: string, seed: number): FuzzContent {
  const random = rng(seed * 104_729 + 17);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const chance = (p: number) => random() < p;
  const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const lexicon = new Lexicon(random);
  const now = new Date(Date.UTC(2024, 0, 1) + int(0, 729) * DAY + int(0, 86_399) * 1000);
  const at = (days: number) => new Date(now.getTime() + Math.round(days * DAY / 1000) * 1000);

  // Three branches, each with releases on both sides of now, so any fix may be out or not yet.
  const branches: Branch[] = ['3.0', '2.0', '1.0'].map((b, i) => {
    const released = day(now.getTime() - (300 + 200 * i) * DAY);
    const dates = Array.from({ length: 3 }, () => day(now.getTime() + int(-120, 30) * DAY)).sort((x, y) => +x - +y);
    return { branch: b, released, releases: [released, ...dates].map((date, n) => ({ version: `${b}.${n}`, date })) };
  });

  // Boilerplate a security team pastes into many documents: blocks of every kind, and plain
  // sentences that fit a summary as well as a body.
  const shared: SharedBlock[] = [];
  const newShared = (kind: SharedBlock['kind'], write: (ink: Ink) => string[]) => {
    const s: SharedBlock = { kind, lines: [], strings: [], hidden: [], users: [], public: false };
    s.lines = write(lexicon.ink(s.strings, s.hidden));
    return shared.push(s) - 1;
  };
  for (let i = int(8, 12); i > 0; i--) {
    const kind = pick(KINDS);
    newShared(kind, (ink) => block(kind, ink));
  }
  const summaries = Array.from({ length: 3 }, () => newShared('summary', (ink) => [cap(`${ink.phrase(5)} until the fixed release is installed ${ink.phrase(4)}.`)]));
  const use = (k: number, user: string, used: number[]) => {
    used.push(k);
    shared[k]!.users.push(user);
    return shared[k]!.lines;
  };

  /** Blocks for a body: its own, and shared ones (each at most once per body). */
  const body = (user: string, ink: Ink, used: number[], count: number) =>
    Array.from({ length: count }, () => {
      const free = shared.map((_, k) => k).filter((k) => !used.includes(k));
      return free.length > 0 && chance(0.5) ? use(pick(free), user, used) : block(pick(KINDS), ink);
    });

  // Advisories, numbered per year in order of publication like a real security team would.
  // Half the advisories are meant to be public; the rest take every state at random, so each
  // reason to hold one back (status, schedule, unreleased fix) comes up.
  const drafts = Array.from({ length: int(8, 16) }, (_, n) => {
    const meant = chance(0.5);
    const status = pick(meant ? (['published', 'published', 'published', 'withdrawn'] as const) : (['draft', 'embargoed', 'published', 'published', 'withdrawn'] as const));
    const published = at(meant ? -random() * 60 : -60 + random() * 80);
    const first = int(0, 2);
    const on = chance(0.4) ? [first, (first + int(1, 2)) % 3] : [first];
    const ranges = on.map((i) => {
      const out = branches[i]!.releases.slice(1).filter((r) => !meant || r.date <= now);
      return { b: branches[i]!, fix: out.length ? pick(out) : branches[i]!.releases[int(1, 3)]! };
    });
    const cve = chance(0.7) ? [`CVE-${published.getUTCFullYear()}-${10_000 + n * 1000 + int(0, 999)}`] : [];
    const ghsa = chance(0.5) ? [`GHSA-${Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => pick([...GHSA])).join('')).join('-')}`] : [];
    return { status, published, ranges, cve, ghsa };
  }).sort((x, y) => +x.published - +y.published);
  // A withdrawn advisory may carry an alias of another one (the check allows exactly that), so
  // an alias can be public through one advisory while another holding it is held back.
  for (const w of drafts.filter((d) => d.status === 'withdrawn')) {
    const other = pick(drafts.filter((d) => d.status !== 'withdrawn' && d.cve.length > 0));
    if (other && chance(0.6)) w.cve.push(other.cve[0]!);
  }

  const perYear = new Map<number, number>();
  const advisories: FuzzAdvisory[] = [];
  const files: { file: string; text: string }[] = [];
  for (const d of drafts) {
    const year = d.published.getUTCFullYear();
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
    const id = `FUZZ-SA-${year}-${String(perYear.get(year)).padStart(3, '0')}`;
    const a: FuzzAdvisory = {
      id, status: d.status, published: d.published, title: '', strings: [], hidden: [], shared: [], cve: d.cve, ghsa: d.ghsa,
      public: (d.status === 'published' || d.status === 'withdrawn') && d.published <= now && d.ranges.every((r) => r.fix.date <= now),
    };
    const ink = lexicon.ink(a.strings, a.hidden);
    const lead = cap(`${ink.phrase(5)} ${ink.phrase()}.`);
    a.title = `${pick(['Stored XSS', 'SQL injection', 'Path traversal', 'Open redirect'])} in the ${ink.phrase()} ${pick(['importer', 'view', 'endpoint'])}`;
    let summary = cap(`${ink.phrase(6)} ${ink.phrase()}.`);
    if (chance(0.4)) summary += ` ${use(pick(summaries), id, a.shared)[0]}`;
    const sections = ['## Impact', '## Workarounds'];
    const text = [
      '## Description', '', lead, '',
      ...body(id, ink, a.shared, int(4, 8)).flatMap((p, i) => [...(i > 0 && i % 3 === 0 && sections.length ? [sections.shift()!, ''] : []), ...p, '']),
      '## Solution', '', `Upgrade to ${d.ranges.map((r) => r.fix.version).join(' or ')} or later.`, '',
    ];
    const frontmatter = [
      '---', `title: ${yaml(a.title)}`, `summary: ${yaml(summary)}`, `status: ${d.status}`, `published: ${iso(d.published)}`,
      ...(d.status === 'withdrawn' ? [`withdrawn: ${iso(new Date(+d.published + int(0, 40 * 86_400) * 1000))}`] : []),
      pick(SEVERITY), `components: [${pick(['core', 'api', 'ui'])}]`, `cve: [${a.cve.join(', ')}]`, `ghsa: [${a.ghsa.join(', ')}]`,
      'affected:', '  - package: fuzz/app', '    ranges:',
      ...d.ranges.map((r, i) => `      - { introduced: ${yaml(i === 0 && chance(0.3) ? '0' : `${r.b.branch}.0`)}, fixed: ${r.fix.version} }`),
      '---',
    ];
    advisories.push(a);
    files.push({ file: path.join('advisories', String(year), `${id}.mdx`), text: `${frontmatter.join('\n')}\n\n${text.join('\n')}` });
  }

  // Pages are always public; announcements go public at their `published` instant.
  // One page and one or two announcements: each MDX file costs the build a Vite module.
  const page: FuzzPage = { slug: `policy-${lexicon.word()}`, strings: [], hidden: [] };
  {
    const ink = lexicon.ink(page.strings, page.hidden);
    const front = [`title: ${yaml(`Security policy ${ink.phrase()}`)}`, `description: ${yaml(`How ${ink.phrase()} is handled.`)}`, 'order: 1'];
    files.push({ file: path.join('pages', `${page.slug}.mdx`), text: fullPage(front, ink, body(`page ${page.slug}`, ink, [], int(2, 4))) });
  }
  const announcements: FuzzAnnouncement[] = Array.from({ length: int(1, 2) }, () => {
    const published = at(int(-40, 30) + random());
    const scheduled = chance(0.5);
    let release = day(published.getTime() + int(15, 60) * DAY);
    if (scheduled) while (![2, 5, 8, 11].includes(release.getUTCMonth() + 1)) release = new Date(release.getTime() + DAY);
    const n: FuzzAnnouncement = { slug: `${iso(release).slice(0, 7)}-release-${lexicon.word()}`, published, public: published <= now, title: '', strings: [], hidden: [] };
    const ink = lexicon.ink(n.strings, n.hidden);
    n.title = `Security release on ${iso(release).slice(0, 10)}: ${ink.phrase()}`;
    const front = [`title: ${yaml(n.title)}`, `published: ${iso(published)}`, `release_date: ${iso(release).slice(0, 10)}`,
      `branches: [${branches.filter((_, i) => i === 0 || chance(0.5)).map((b) => yaml(b.branch)).join(', ')}]`,
      `highest_risk: ${pick(['Critical', 'Moderately critical', 'Highly critical'])}`];
    files.push({ file: path.join('announcements', `${n.slug}.mdx`), text: fullPage(front, ink, body(`announcement ${n.slug}`, ink, [], int(1, 3))) });
    return n;
  });

  const publicUsers = new Set([...advisories.filter((a) => a.public).map((a) => a.id), `page ${page.slug}`,
    ...announcements.filter((n) => n.public).map((n) => `announcement ${n.slug}`)]);
  for (const s of shared) s.public = s.users.some((u) => publicUsers.has(u));

  fs.writeFileSync(path.join(dir, 'site.yaml'), siteYaml(page.slug));
  fs.writeFileSync(path.join(dir, 'releases.yaml'), releasesYaml(branches));
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f.file)), { recursive: true });
    fs.writeFileSync(path.join(dir, f.file), f.text);
  }
  return { now, advisories, announcements, pages: [page], shared };
}
