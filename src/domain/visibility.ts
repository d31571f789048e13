/**
 * THE visibility rule (ARCHITECTURE.md, "The one rule"): whether an advisory is public at the
 * build instant. Only the snapshot (src/corpus/snapshot.ts) applies it, once per build, and
 * every page, feed, export, search index and sitemap reads the snapshot; the embargo guard
 * re-checks the output.
 *
 * Public when: status is published or withdrawn, `published` is not after now, and every fixed
 * version it names is a release of its package's line in releases.yaml dated no later than now
 * (releases.ts: a branch naming another package does not count). A release known only
 * by an upper bound (`released_by`) counts as released from that instant: its `date` is the bound.
 */
import { type ReleaseIndex, releaseOf } from './releases.ts';
import type { Advisory } from './model.ts';
import { isoInstant } from './dates.ts';
import { type Headline, headline } from './severity.ts';

export type HoldReason =
  | { kind: 'draft' }
  | { kind: 'embargoed' }
  | { kind: 'scheduled'; until: Date }
  | { kind: 'fix-unreleased'; version: string; date?: Date };

export type Visibility = { public: true } | { public: false; reason: HoldReason };

export interface VisibilityInput {
  status: 'draft' | 'embargoed' | 'published' | 'withdrawn';
  published: Date;
  affected: readonly { package?: string; ranges: readonly { fixed?: string }[] }[];
}

export function visibility(advisory: VisibilityInput, releases: ReleaseIndex, now: Date): Visibility {
  if (advisory.status === 'draft') return { public: false, reason: { kind: 'draft' } };
  if (advisory.status === 'embargoed') return { public: false, reason: { kind: 'embargoed' } };
  if (advisory.published > now) return { public: false, reason: { kind: 'scheduled', until: advisory.published } };
  for (const pkg of advisory.affected) {
    for (const range of pkg.ranges) {
      if (range.fixed === undefined) continue;
      const release = releaseOf(releases, pkg.package, range.fixed);
      if (!release || release.date > now) {
        return { public: false, reason: { kind: 'fix-unreleased', version: range.fixed, date: release?.date } };
      }
    }
  }
  return { public: true };
}

export function isPublic(advisory: VisibilityInput, releases: ReleaseIndex, now: Date): boolean {
  return visibility(advisory, releases, now).public;
}

/** "draft", "embargoed", "scheduled until 2025-05-14T14:00:00Z", "fix 6.0.11 not released". */
export function describeHold(reason: HoldReason): string {
  switch (reason.kind) {
    case 'draft':
      return 'draft';
    case 'embargoed':
      return 'embargoed';
    case 'scheduled':
      return `scheduled until ${isoInstant(reason.until)}`;
    case 'fix-unreleased':
      return reason.date
        ? `fix ${reason.version} not released (due ${isoInstant(reason.date)})`
        : `fix ${reason.version} not released`;
  }
}

/**
 * A withdrawal takes effect at its `withdrawn` instant: built as of an earlier moment, the
 * advisory still reads as published, so previews of the past show the past.
 */
export function isWithdrawnAt(advisory: { status: VisibilityInput['status']; withdrawn?: Date }, now: Date): boolean {
  return advisory.status === 'withdrawn' && advisory.withdrawn !== undefined && advisory.withdrawn <= now;
}

export interface Published<E> {
  id: string;
  entry: E;
  /** As of the build instant: before its withdrawal instant an advisory reads as published. */
  data: Advisory;
  headline: Headline;
  /** Withdrawn as of the build instant. */
  withdrawn: boolean;
  /** The body as written. */
  body: string;
}

/** The public advisories at `now`, newest first, each with its data as of `now`. */
export function publicAdvisories<E extends { id: string; data: Advisory; body?: string }>(
  entries: readonly E[],
  releases: ReleaseIndex,
  now: Date,
): Published<E>[] {
  return entries
    .filter((entry) => isPublic(entry.data, releases, now))
    .map((entry) => {
      const withdrawn = isWithdrawnAt(entry.data, now);
      const data: Advisory =
        withdrawn || entry.data.status !== 'withdrawn' ? entry.data : { ...entry.data, status: 'published', withdrawn: undefined };
      return { id: entry.id, entry, data, headline: headline(data), withdrawn, body: entry.body ?? '' };
    })
    .sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || (a.id < b.id ? 1 : -1));
}
