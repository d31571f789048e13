/**
 * The next scheduled security release window. Scheduled releases fall in fixed months
 * (`security_releases.months` in site.yaml). Within a release month the window is still this
 * month, unless that month's security release has already shipped, or its last week has begun:
 * readiness is judged several days ahead, so a release that has not been lined up by then moves
 * to the next scheduled month.
 */
import { UTCDate } from '@date-fns/utc';
import { addMonths } from 'date-fns/addMonths';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { endOfMonth } from 'date-fns/endOfMonth';
import { format } from 'date-fns/format';
import { isSameMonth } from 'date-fns/isSameMonth';
import { startOfMonth } from 'date-fns/startOfMonth';

/** Days before the end of a release month after which its window counts as closed. */
export const LAST_WEEK_DAYS = 7;

export interface ReleaseWindow {
  /** 00:00 UTC on the first day of the window's month. */
  month: Date;
  /** The window is the month `now` is in. */
  current: boolean;
}

export function nextReleaseWindow(now: Date, months: readonly number[], shipped: readonly Date[] = []): ReleaseWindow {
  const at = new UTCDate(now.getTime());
  const scheduled = new Set(months);
  const thisMonthOpen =
    differenceInCalendarDays(endOfMonth(at), at) >= LAST_WEEK_DAYS && !shipped.some((d) => d <= now && isSameMonth(new UTCDate(d.getTime()), at));
  for (let step = 0; step <= 12; step++) {
    const month = startOfMonth(addMonths(at, step));
    if (!scheduled.has(month.getMonth() + 1)) continue;
    if (step === 0 && !thisMonthOpen) continue;
    return { month: new Date(month.getTime()), current: step === 0 };
  }
  throw new Error(`no scheduled security release month in ${JSON.stringify(months)}`);
}

/**
 * The next `count` scheduled windows: the next window as above, then the scheduled months after
 * it, across year ends.
 */
export function upcomingWindows(now: Date, months: readonly number[], shipped: readonly Date[] = [], count = 4): ReleaseWindow[] {
  const first = nextReleaseWindow(now, months, shipped);
  const windows = [first];
  const scheduled = new Set(months);
  for (let step = 1; windows.length < count; step++) {
    const month = startOfMonth(addMonths(new UTCDate(first.month.getTime()), step));
    if (scheduled.has(month.getMonth() + 1)) windows.push({ month: new Date(month.getTime()), current: false });
  }
  return windows;
}

/** The first day after a window's month: the exclusive end of the window. */
export function windowEnd(window: ReleaseWindow): Date {
  return new Date(addMonths(new UTCDate(window.month.getTime()), 1).getTime());
}

/** "February 2027". */
export function formatMonth(month: Date): string {
  return format(new UTCDate(month.getTime()), 'MMMM yyyy');
}

/** "February, May, August and November": the scheduled months in words. */
export function monthList(months: readonly number[]): string {
  const names = months.map((m) => format(new UTCDate(Date.UTC(2000, m - 1, 1)), 'MMMM'));
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
