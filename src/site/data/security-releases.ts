/**
 * Glue for the security-release pages, calendar and feed: the upcoming windows at the build
 * instant, the shipped security releases, and the pre-announcements that are out, computed once.
 */
import { siteData } from './advisories.ts';
import { announcements } from './announcements.ts';
import { type ReleaseWindow, upcomingWindows } from '../../domain/schedule.ts';
import { type ShippedRelease, calendarStamp, securityReleaseDates, shippedReleases } from '../../domain/security-releases.ts';
import type { AnnouncementItem } from '../../outputs/exports/announcement-feed.ts';

/** How many scheduled windows the page and calendar look ahead: a year of quarterly releases. */
export const WINDOWS_AHEAD = 4;

export interface SecurityReleases {
  windows: ReleaseWindow[];
  shipped: ShippedRelease[];
  /** Announcements out at the build instant, soonest release first. */
  announced: AnnouncementItem[];
  /** Dates the calendar's window events: the newest release day or announcement. */
  stamp: Date;
}

let cached: Promise<SecurityReleases> | undefined;

async function load(): Promise<SecurityReleases> {
  const { now, site, branches, advisories } = await siteData();
  const entries = await announcements();
  const announced = entries.map((e) => ({ slug: e.id, data: e.data, body: e.body ?? '' }));
  const windows = upcomingWindows(now, site.security_releases.months, securityReleaseDates(branches), WINDOWS_AHEAD);
  const shipped = shippedReleases(branches, advisories, now);
  return { windows, shipped, announced, stamp: calendarStamp(shipped, announced.map((a) => a.data), now) };
}

export function securityReleases(): Promise<SecurityReleases> {
  cached ??= load();
  return cached;
}
