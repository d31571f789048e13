/**
 * The only module that reads the advisories collection. Everything that publishes advisories —
 * pages, feeds, exports, search, sitemap — gets them from here, already filtered by the
 * visibility rule at the build instant (lib/visibility.ts) and sorted newest first.
 * The results are computed once per build and shared by every page.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { buildInstant } from '../../corpus/clock.ts';
import { type ReleaseIndex, indexReleases } from '../../domain/releases.ts';
import { type Published, publicAdvisories } from '../../domain/visibility.ts';
import type { Branch } from '../../domain/model.ts';
import type { Site } from '../../domain/model.ts';
import semver from 'semver';

export type AdvisoryEntry = CollectionEntry<'advisories'>;

/** A public advisory with its collection entry, which pages render. */
export type PublicAdvisory = Published<AdvisoryEntry>;

export interface SiteData {
  now: Date;
  site: Site;
  branches: Branch[];
  releases: ReleaseIndex;
  advisories: PublicAdvisory[];
  byId: Map<string, PublicAdvisory>;
}

let cached: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const now = buildInstant();
  const [siteEntries, branchEntries, advisoryEntries] = await Promise.all([
    getCollection('site'),
    getCollection('releases'),
    getCollection('advisories'),
  ]);
  const site = siteEntries[0]?.data;
  if (!site) throw new Error('site.yaml was not loaded');
  const branches = branchEntries
    .map((e) => e.data)
    .sort((a, b) => semver.compare(`${b.branch}.0`, `${a.branch}.0`));
  const releases = indexReleases(branches);
  const advisories = publicAdvisories(advisoryEntries, releases, now);
  return { now, site, branches, releases, advisories, byId: new Map(advisories.map((a) => [a.id, a])) };
}

/** Site settings, releases and the public advisories at the build instant. */
export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}
