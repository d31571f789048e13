/** The pre-announcements feed in RSS, Atom and JSON Feed; none when nothing has been announced. */
import type { APIRoute } from 'astro';
import { siteData } from '../../../site/data/advisories.ts';
import { TYPES, WRITERS } from '../../../site/data/feeds.ts';
import { securityReleases } from '../../../site/data/security-releases.ts';
import { announcementFeedModel } from '../../../outputs/exports/announcement-feed.ts';
import { type FeedFormat, FEED_FILES } from '../../../domain/urls.ts';

export async function getStaticPaths() {
  const { announced } = await securityReleases();
  if (announced.length === 0) return [];
  return (Object.keys(FEED_FILES) as FeedFormat[]).map((format) => ({ params: { file: FEED_FILES[format] }, props: { format } }));
}

export const GET: APIRoute<{ format: FeedFormat }> = async ({ props }) => {
  const { site } = await siteData();
  const { announced } = await securityReleases();
  return new Response(WRITERS[props.format](announcementFeedModel(announced, site)), { headers: { 'Content-Type': TYPES[props.format] } });
};
