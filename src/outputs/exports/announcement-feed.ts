/**
 * The pre-announcements feed: one FeedModel entry per announced security release, newest
 * announcement first, serialised by the same guarded writers as the advisory feeds (feeds.ts).
 */
import { markdownToHtml } from './markdown-html.ts';
import { isoDate } from '../../domain/dates.ts';
import { absolute, paths } from '../../domain/urls.ts';
import { type FeedModel, feedEnvelope } from './feed-model.ts';
import { requireSome } from './record.ts';
import type { Announcement } from '../../domain/model.ts';
import type { Site } from '../../domain/model.ts';

export interface AnnouncementItem {
  slug: string;
  data: Announcement;
  /** The body as written (Markdown/MDX source). */
  body: string;
}

export function announcementSummary(site: Site, data: Announcement): string {
  const branches = data.branches.length === 1 ? `branch ${data.branches[0]}` : `branches ${data.branches.join(', ')}`;
  return `${site.project} plans a security release for ${branches} on ${isoDate(data.release_date)}. Highest risk: ${data.highest_risk}.`;
}

export function announcementFeedModel(items: readonly AnnouncementItem[], site: Site): FeedModel {
  const entries = [...requireSome(items, 'pre-announcements feed')]
    .sort((a, b) => b.data.published.getTime() - a.data.published.getTime() || (a.slug < b.slug ? -1 : 1))
    .map((a) => ({
      url: absolute(site.url, paths.announcement(a.slug)),
      title: a.data.title,
      summary: announcementSummary(site, a.data),
      html: markdownToHtml(a.body, absolute(site.url, paths.announcement(a.slug)), { mdx: true }),
      published: a.data.published,
      updated: a.data.published,
      categories: [{ term: a.data.highest_risk, scheme: absolute(site.url, `${paths.advisories()}#severity`) }],
    }));
  return feedEnvelope(site, {
    title: `${site.name}: security release announcements`,
    description: `Advance notice of ${site.project} security releases.`,
    home: paths.securityReleases(),
    selfPath: paths.announcementFeed,
    entries,
  });
}
