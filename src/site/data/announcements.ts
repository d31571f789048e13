/**
 * The pre-announcements of security releases (announcements/<slug>.mdx) that are out at the
 * build instant, soonest release first. Pre-announcements are not advisories: they carry no
 * embargoed detail, so they do not go through the visibility rule, only their own `published`.
 */
import { type CollectionEntry, getCollection } from 'astro:content';
import { siteData } from './advisories.ts';

export type AnnouncementEntry = CollectionEntry<'announcements'>;

let cached: Promise<AnnouncementEntry[]> | undefined;

async function load(): Promise<AnnouncementEntry[]> {
  const { now } = await siteData();
  const all = await getCollection('announcements');
  return all
    .filter((a) => a.data.published <= now)
    .sort((a, b) => a.data.release_date.getTime() - b.data.release_date.getTime() || a.id.localeCompare(b.id));
}

export function announcements(): Promise<AnnouncementEntry[]> {
  cached ??= load();
  return cached;
}
