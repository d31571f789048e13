/**
 * The snapshot (ARCHITECTURE.md): the content and the build instant, taken once per build or
 * command, with the advisories and announcements already split into public and held back.
 * Every consumer reads it — pages, feeds, exports, the search index, the sitemap, the guard,
 * `npm run check`, `announce`, `new` and `guard` — so they cannot disagree about what is public.
 * Worker threads and the page bundle get it serialised; it is plain data for that reason.
 *
 * This is the only module that applies the visibility rule (a test keeps it so).
 */
import semver from 'semver';
import type { Advisory, Announcement, Branch, Entry, Page, Person, Site } from '../domain/model.ts';
import { indexPeople, resolveCredits } from '../domain/credits.ts';
import { type ReleaseIndex, indexReleases } from '../domain/releases.ts';
import { type HoldReason, type Published, publicAdvisories, visibility } from '../domain/visibility.ts';
import { type Clock, buildInstant, systemClock } from './clock.ts';
import { type Corpus, readCorpus } from './read.ts';
import { checkFields } from './validate.ts';
import type { Problem } from './problems.ts';
import { checkWarnings } from './warnings.ts';
import { locateProblems } from './positions.ts';

/** A public advisory as of the build instant: before its withdrawal instant it reads as published. */
export type PublicAdvisory = Published<Entry<Advisory>>;

export interface HeldAdvisory {
  entry: Entry<Advisory>;
  reason: HoldReason;
}

export interface Snapshot {
  /** The build instant: DISCLOSE_NOW, or the clock read once. */
  now: Date;
  /** The content folder, absolute. */
  dir: string;
  site: Site;
  /** Newest first. */
  branches: Branch[];
  releases: ReleaseIndex;
  /** Every valid advisory file, public or not, in file order, credits under canonical names. */
  advisories: Entry<Advisory>[];
  /** credits.yaml: canonical names, their other spellings and profiles. */
  people: Person[];
  /** The public advisories, newest first. */
  public: PublicAdvisory[];
  /** Advisories the visibility rule holds back at `now`, with the reason, in file order. */
  held: HeldAdvisory[];
  /** Prose pages, in navigation order (by `order`, then title). */
  pages: Entry<Page>[];
  announcements: {
    /** Out at `now`, soonest release first. */
    published: Entry<Announcement>[];
    /** Not out until their `published` instant: held back like advisories. */
    scheduled: Entry<Announcement>[];
  };
}

/** The visibility rule over a whole folder's advisories. */
export function partition(advisories: readonly Entry<Advisory>[], releases: ReleaseIndex, now: Date): { public: PublicAdvisory[]; held: HeldAdvisory[] } {
  const held: HeldAdvisory[] = [];
  for (const entry of advisories) {
    const v = visibility(entry.data, releases, now);
    if (!v.public) held.push({ entry, reason: v.reason });
  }
  return { public: publicAdvisories(advisories, releases, now), held };
}

/** Newest first; a package's own lines after the shared one, each package's in site.yaml order, so Mautic's order is unchanged. */
const byBranch = (order: string[]) => (a: Branch, b: Branch) =>
  order.indexOf(a.package ?? '') - order.indexOf(b.package ?? '') || semver.compare(`${b.branch}.0`, `${a.branch}.0`);
const pageOrder = (p: Entry<Page>) => p.data.order ?? Number.POSITIVE_INFINITY;

/** The snapshot of a corpus whose site.yaml is valid, at `now`. */
export function takeSnapshot(corpus: Corpus & { site: Site }, now: Date): Snapshot {
  const branches = [...corpus.branches].sort(byBranch(['', ...corpus.site.packages.map((p) => p.name)]));
  const releases = indexReleases(branches);
  // One name per person everywhere (credits.yaml): every consumer reads the resolved credits.
  const people = indexPeople(corpus.people);
  const advisories = corpus.advisories.map((a) => ({ ...a, data: { ...a.data, credits: resolveCredits(a.data.credits, people) } }));
  const announcements = [...corpus.announcements].sort(
    (a, b) => a.data.release_date.getTime() - b.data.release_date.getTime() || a.id.localeCompare(b.id),
  );
  return {
    now,
    dir: corpus.dir,
    site: corpus.site,
    branches,
    releases,
    advisories,
    people: corpus.people,
    ...partition(advisories, releases, now),
    pages: [...corpus.pages].sort((a, b) => pageOrder(a) - pageOrder(b) || a.data.title.localeCompare(b.data.title)),
    announcements: {
      published: announcements.filter((a) => a.data.published <= now),
      scheduled: announcements.filter((a) => a.data.published > now),
    },
  };
}

export interface OpenedContent {
  now: Date;
  corpus: Corpus;
  /** Every problem but the MDX body check's (validate.ts runs that separately). */
  problems: Problem[];
  /** What looks wrong but may be right (warnings.ts); never a reason to fail. */
  warnings: Problem[];
  /** Absent only when site.yaml is missing or invalid, which is always among `problems`. */
  snapshot?: Snapshot;
}

/**
 * Reads and checks a content folder and takes the build instant: the one way a build or a
 * command starts. The clock is read here and nowhere else.
 */
export function openContent(dir: string, options: { clock?: Clock; env?: Record<string, string | undefined> } = {}): OpenedContent {
  const now = buildInstant(options.env ?? process.env, options.clock ?? systemClock);
  const { corpus, problems } = checkFields(readCorpus(dir));
  const { site } = corpus;
  return { now, corpus, problems, warnings: locateProblems(checkWarnings(corpus)), snapshot: site ? takeSnapshot({ ...corpus, site }, now) : undefined };
}
