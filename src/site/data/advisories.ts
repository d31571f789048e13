/**
 * The pages' view of the snapshot (ARCHITECTURE.md). The build takes one snapshot and hands it
 * to the page bundle as `virtual:disclose/snapshot`, so pages, feeds, exports, search and the
 * sitemap publish exactly what the rest of the build decided was public at the build instant.
 * This is also the only module that reads the advisories collection, and it only reads the
 * rendered body of an advisory the snapshot lists as public.
 */
import { type CollectionEntry, getEntry } from 'astro:content';
import { snapshot } from 'virtual:disclose/snapshot';
import type { PublicAdvisory } from '../../corpus/snapshot.ts';
import type { Branch, Site } from '../../domain/model.ts';
import type { ReleaseIndex } from '../../domain/releases.ts';

export type { PublicAdvisory };

export interface SiteData {
  now: Date;
  site: Site;
  branches: Branch[];
  releases: ReleaseIndex;
  advisories: PublicAdvisory[];
  byId: Map<string, PublicAdvisory>;
}

const data: SiteData = {
  now: snapshot.now,
  site: snapshot.site,
  branches: snapshot.branches,
  releases: snapshot.releases,
  advisories: snapshot.public,
  byId: new Map(snapshot.public.map((a) => [a.id, a])),
};

/** Site settings, releases and the public advisories at the build instant. */
export async function siteData(): Promise<SiteData> {
  return data;
}

/** The rendered body of a public advisory, for `render()`. */
export async function advisoryContent(advisory: PublicAdvisory): Promise<CollectionEntry<'advisories'>> {
  if (!data.byId.has(advisory.id)) throw new Error(`${advisory.id} is not public in this build's snapshot`);
  const entry = await getEntry('advisories', advisory.id);
  if (!entry) throw new Error(`${advisory.id}: the content layer has no rendered body (is the content folder the one the build read?)`);
  return entry;
}
