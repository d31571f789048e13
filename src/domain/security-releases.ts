/**
 * The security releases that have shipped, from the `security: true` releases in releases.yaml:
 * grouped by day, newest first, each with the public advisories it fixed. Also the instant the
 * release calendar last changed, which dates its scheduled windows instead of the build clock.
 */
import { compareForDisplay } from './versions.ts';
import type { Branch } from './model.ts';

export interface ShippedRelease {
  date: Date;
  /** False when the versions are known only to have shipped by `date` (releases.yaml's released_by). */
  exact: boolean;
  /** Versions released that day, newest first. */
  versions: string[];
  /** Public advisories fixed by one of those versions. */
  fixes: { id: string; title: string }[];
}

interface FixingAdvisory {
  id: string;
  data: { title: string; affected: { ranges: { fixed?: string }[] }[] };
}

export function shippedReleases(branches: readonly Branch[], advisories: readonly FixingAdvisory[], now: Date): ShippedRelease[] {
  // A day known exactly and the same day as an upper bound are different facts: kept apart.
  const byDay = new Map<string, string[]>();
  for (const b of branches) {
    for (const r of b.releases) {
      if (!r.security || r.date > now) continue;
      const key = `${r.date.getTime()} ${r.exact}`;
      byDay.set(key, [...(byDay.get(key) ?? []), r.version]);
    }
  }
  return [...byDay]
    .map(([key, versions]) => ({ day: Number(key.split(' ')[0]), exact: key.endsWith('true'), versions }))
    .sort((a, b) => b.day - a.day || Number(b.exact) - Number(a.exact))
    .map(({ day, exact, versions }) => {
      const set = new Set(versions);
      const fixes = advisories
        .filter((a) => a.data.affected.some((p) => p.ranges.some((r) => r.fixed !== undefined && set.has(r.fixed))))
        .map((a) => ({ id: a.id, title: a.data.title }))
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { date: new Date(day), exact, versions: versions.sort((a, b) => compareForDisplay(b, a)), fixes };
    });
}

/** The newest of the security release days and announcement instants up to now; epoch if none. */
export function calendarStamp(shipped: readonly ShippedRelease[], announced: readonly { published: Date }[], now: Date): Date {
  const instants = [...shipped.map((s) => s.date), ...announced.map((a) => a.published)].filter((d) => d <= now).map((d) => d.getTime());
  return new Date(instants.length > 0 ? Math.max(...instants) : 0);
}

/** Every security release date up to now, which closes that month's window early. */
export function securityReleaseDates(branches: readonly Branch[]): Date[] {
  return branches.flatMap((b) => b.releases.filter((r) => r.security).map((r) => r.date));
}

/** Whether a shipped security release fell in a policy window, and the notice it was given. */
export interface ReleaseTiming {
  /**
   * `scheduled`: in one of the policy's months; `unscheduled`: outside them; `unknown`: the day
   * is only an upper bound (released_by), so the month it shipped in is not known.
   */
  kind: 'scheduled' | 'unscheduled' | 'unknown';
  /** The pre-announcement of this release day, with the days of notice it gave. */
  notice?: { slug: string; title: string; days: number };
}

const DAY = 24 * 60 * 60 * 1000;
const utcDay = (d: Date) => Math.floor(d.getTime() / DAY);

/**
 * The timing of one shipped release day: in a scheduled month or not (site.yaml's
 * security_releases.months), and which announcement, if any, named that day ahead of it.
 */
export function releaseTiming(
  shipped: Pick<ShippedRelease, 'date' | 'exact'>,
  months: readonly number[],
  announcements: readonly { slug: string; data: { title: string; published: Date; release_date: Date } }[],
): ReleaseTiming {
  const kind = !shipped.exact ? 'unknown' : months.includes(shipped.date.getUTCMonth() + 1) ? 'scheduled' : 'unscheduled';
  const announced = shipped.exact ? announcements.find((a) => utcDay(a.data.release_date) === utcDay(shipped.date) && a.data.published <= shipped.date) : undefined;
  return {
    kind,
    ...(announced ? { notice: { slug: announced.slug, title: announced.data.title, days: utcDay(shipped.date) - utcDay(announced.data.published) } } : {}),
  };
}
