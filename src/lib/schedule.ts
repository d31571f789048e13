/**
 * The next scheduled security release window. Scheduled releases fall in fixed months
 * (`security_releases.months` in site.yaml). Within a release month the window is still this
 * month, unless that month's security release has already shipped, or its last week has begun:
 * readiness is judged several days ahead, so a release that has not been lined up by then moves
 * to the next scheduled month.
 */
import { UTCDate } from '@date-fns/utc';
import { addMonths, differenceInCalendarDays, endOfMonth, format, isSameMonth, startOfMonth } from 'date-fns';

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

/** "February 2027". */
export function formatMonth(month: Date): string {
  return format(new UTCDate(month.getTime()), 'MMMM yyyy');
}
