/**
 * Dates and instants. Content may give a date (`2025-05-14`, meaning 00:00 UTC) or an instant
 * with a zone (`2025-05-14T14:00:00Z`); everything becomes a `Date` and every computation is in
 * UTC, so a build gives the same answer on any machine.
 */
import { UTCDate } from '@date-fns/utc';
import { add } from 'date-fns/add';
import { formatDuration } from 'date-fns/formatDuration';
import { intervalToDuration } from 'date-fns/intervalToDuration';
import type { Duration } from 'date-fns';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Parses a date or a zoned instant; returns undefined when it is neither or not a real day. */
export function parseInstant(value: string): Date | undefined {
  const text = value.trim();
  if (DATE.test(text)) {
    const d = new Date(`${text}T00:00:00Z`);
    return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== text ? undefined : d;
  }
  if (!INSTANT.test(text)) return undefined;
  const d = new Date(text);
  if (Number.isNaN(d.getTime())) return undefined;
  // Reject impossible calendar dates such as 2025-02-30T00:00:00Z, which Date would roll over.
  const day = text.slice(0, 10);
  const offset = /(Z|[+-]\d{2}:\d{2})$/.exec(text)![1]!;
  return offset === 'Z' && d.toISOString().slice(0, 10) !== day ? undefined : d;
}

/** `2025-05-14`. */
export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** `2025-05-14T14:00:00Z`: UTC, whole seconds, as OSV and feeds want it. */
export function isoInstant(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Shows a date-only value as a date and anything else as a UTC instant. */
export function displayInstant(d: Date): string {
  const iso = isoInstant(d);
  return iso.endsWith('T00:00:00Z') ? iso.slice(0, 10) : `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

const DURATION = /^P(?!$)(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?!$)(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** ISO-8601 durations such as `PT24H` or `P21D`, as a date-fns Duration. */
export function parseDuration(value: string): Duration | undefined {
  const m = DURATION.exec(value.trim());
  if (!m) return undefined;
  const n = (i: number) => (m[i] === undefined ? undefined : Number(m[i]));
  const d: Duration = { years: n(1), months: n(2), weeks: n(3), days: n(4), hours: n(5), minutes: n(6), seconds: n(7) };
  return Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) as Duration;
}

/** Adds a duration in UTC, whatever the machine's zone: a day is a UTC calendar day. */
export function addDuration(d: Date, duration: Duration): Date {
  return new Date(add(new UTCDate(d.getTime()), duration).getTime());
}

/** "8 hours 30 minutes", "4 days": the time between two instants, to the two largest units. */
export function elapsed(from: Date, to: Date): string {
  const d = intervalToDuration({ start: from, end: to });
  const units = (['years', 'months', 'days', 'hours', 'minutes'] as const).filter((u) => (d[u] ?? 0) > 0).slice(0, 2);
  return units.length === 0 ? 'less than a minute' : formatDuration(d, { format: [...units] });
}
