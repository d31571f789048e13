/**
 * The security-release calendar: the scheduled release windows ahead and the pre-announced
 * releases, as iCalendar events with stable UIDs (a window is named by its month, an announced
 * release by its file name) so that subscribed clients update events instead of duplicating them.
 */
import { addDuration, isoDate } from '../../domain/dates.ts';
import { type ReleaseWindow, formatMonth, windowEnd } from '../../domain/schedule.ts';
import { absolute, paths } from '../../domain/urls.ts';
import type { Announcement } from '../../domain/model.ts';
import type { Site } from '../../domain/model.ts';
import type { Calendar, CalendarEvent } from './icalendar.ts';

export interface AnnouncedRelease {
  slug: string;
  data: Announcement;
}

const listed = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);

/** The host part of UIDs: the site's own domain keeps them unique across sites. */
const uidHost = (site: Site) => new URL(site.url).host;

export function windowEvent(site: Site, window: ReleaseWindow, stamp: Date): CalendarEvent {
  const month = formatMonth(window.month);
  return {
    uid: `window-${isoDate(window.month).slice(0, 7)}@${uidHost(site)}`,
    stamp,
    start: window.month,
    end: windowEnd(window),
    summary: `${site.project} scheduled security release window: ${month}`,
    description: `Security fixes for ${site.project} ship in a scheduled release during ${month}. The exact day is announced on the security releases page.`,
    url: absolute(site.url, paths.securityReleases()),
    categories: ['Security release window'],
  };
}

export function announcedEvent(site: Site, a: AnnouncedRelease): CalendarEvent {
  const { data } = a;
  return {
    uid: `release-${a.slug}@${uidHost(site)}`,
    stamp: data.published,
    start: data.release_date,
    end: addDuration(data.release_date, { days: 1 }),
    summary: data.title,
    description: `${site.project} security release for ${listed(data.branches)} on ${isoDate(data.release_date)}; highest risk: ${data.highest_risk}. Announced ${isoDate(data.published)}.`,
    url: absolute(site.url, paths.announcement(a.slug)),
    categories: ['Security release', data.highest_risk],
  };
}

/**
 * Announced releases first by day, then the windows. `stamp` dates the window events: the
 * newest content instant the caller knows, never the clock.
 */
export function securityCalendar(site: Site, windows: readonly ReleaseWindow[], announced: readonly AnnouncedRelease[], stamp: Date): Calendar {
  return {
    product: `-//${site.name}//Disclose security releases//EN`,
    name: `${site.project} security releases`,
    events: [...announced.map((a) => announcedEvent(site, a)), ...windows.map((w) => windowEvent(site, w, stamp))],
  };
}
