// The RFC 5545 writer on awkward text: escaping, folding inside multi-byte characters, and
// ical.js (an independent parser) reading back exactly what went in.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, toICalendar } from '../../src/outputs/calendar/icalendar.ts';

const TRICKY = 'Fixes; for 1.0, 2.0 \\ and\nnew lines — ünïcödé 🎉 שלום '.repeat(4);

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets, never inside a UTF-8 character, and unfolds to the original', () => {
    const line = `SUMMARY:${'é'.repeat(40)}🎉${'x'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(Buffer.byteLength(p, 'utf8')).toBeLessThanOrEqual(75);
    for (const p of parts.slice(1)) expect(p.startsWith(' ')).toBe(true);
    expect(parts[0] + parts.slice(1).map((p) => p.slice(1)).join('')).toBe(line);
    expect(foldLine('SHORT:1')).toBe('SHORT:1');
  });
});

it('round-trips awkward text through ical.js', () => {
  const ics = toICalendar({
    product: '-//Test//EN',
    name: 'Acme security releases',
    events: [
      {
        uid: 'release-x@example.test',
        stamp: new Date('2025-11-04T12:34:56Z'),
        start: new Date('2025-12-31T00:00:00Z'),
        end: new Date('2026-01-01T00:00:00Z'),
        summary: TRICKY,
        description: TRICKY,
        url: 'https://example.test/security-releases/x/',
        categories: ['Security release', 'Highly critical'],
      },
    ],
  });
  const vcal = new ICAL.Component(ICAL.parse(ics));
  expect(vcal.getFirstPropertyValue('x-wr-calname')).toBe('Acme security releases');
  const event = new ICAL.Event(vcal.getFirstSubcomponent('vevent')!);
  expect(event.summary).toBe(TRICKY);
  expect(event.description).toBe(TRICKY);
  expect([event.startDate.toString(), event.endDate.toString()]).toEqual(['2025-12-31', '2026-01-01']);
  expect(String(vcal.getFirstSubcomponent('vevent')!.getFirstPropertyValue('dtstamp'))).toBe('2025-11-04T12:34:56Z');
});
