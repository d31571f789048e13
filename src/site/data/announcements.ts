/**
 * The pre-announcements of security releases (announcements/<slug>.mdx) that are out at the
 * build instant, soonest release first, as the snapshot split them. Those still scheduled are
 * held back like advisories: no page, feed item or calendar event until their `published`.
 */
import { type CollectionEntry, getEntry } from 'astro:content';
import { snapshot } from 'virtual:disclose/snapshot';

export type AnnouncementEntry = CollectionEntry<'announcements'>;

let cached: Promise<AnnouncementEntry[]> | undefined;

async function load(): Promise<AnnouncementEntry[]> {
  return Promise.all(
    snapshot.announcements.published.map(async (a) => {
      const entry = await getEntry('announcements', a.id);
      if (!entry) throw new Error(`announcement ${a.id}: the content layer did not load it`);
      return entry;
    }),
  );
}

export function announcements(): Promise<AnnouncementEntry[]> {
  cached ??= load();
  return cached;
}
