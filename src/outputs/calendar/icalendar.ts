/**
 * A small RFC 5545 writer for all-day events: CRLF line endings, content lines folded at 75
 * octets without splitting a UTF-8 character, TEXT values escaped (backslash, semicolon, comma,
 * newline). Nothing here reads the clock: every DTSTAMP comes from the caller, so an unchanged
 * site gives the same bytes.
 */
import { UTCDate } from '@date-fns/utc';
import { format } from 'date-fns/format';

export interface CalendarEvent {
  /** Globally unique and stable across builds (RFC 5545 3.8.4.7). */
  uid: string;
  /** When this event's information was last set, from the content. */
  stamp: Date;
  /** First day, 00:00 UTC. */
  start: Date;
  /** Day after the last day (DTEND is exclusive for all-day events). */
  end: Date;
  summary: string;
  description: string;
  url: string;
  categories: string[];
}

export interface Calendar {
  /** PRODID: who made the file. */
  product: string;
  /** Shown by clients as the calendar's name (X-WR-CALNAME). */
  name: string;
  events: CalendarEvent[];
}

const MAX_OCTETS = 75;

/** TEXT escaping (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds one content line into lines of at most 75 octets; continuation lines begin with a space. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const dateValue = (d: Date) => format(new UTCDate(d.getTime()), 'yyyyMMdd');
const stampValue = (d: Date) => `${format(new UTCDate(d.getTime()), "yyyyMMdd'T'HHmmss")}Z`;

function eventLines(e: CalendarEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${e.uid}`,
    `DTSTAMP:${stampValue(e.stamp)}`,
    `DTSTART;VALUE=DATE:${dateValue(e.start)}`,
    `DTEND;VALUE=DATE:${dateValue(e.end)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `DESCRIPTION:${escapeText(e.description)}`,
    `URL:${e.url}`,
    ...(e.categories.length > 0 ? [`CATEGORIES:${e.categories.map(escapeText).join(',')}`] : []),
    'TRANSP:TRANSPARENT',
    'END:VEVENT',
  ];
}

export function toICalendar(calendar: Calendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(calendar.product)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendar.name)}`,
    ...calendar.events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
