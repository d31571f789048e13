// The next scheduled security release window at the build instant.
import { describe, expect, it } from 'vitest';
import { formatMonth, nextReleaseWindow } from '../../src/lib/schedule.ts';

const MONTHS = [2, 5, 8, 11];
const at = (now: string, shipped: string[] = [], months = MONTHS) => {
  const w = nextReleaseWindow(new Date(now), months, shipped.map((s) => new Date(s)));
  return `${formatMonth(w.month)}${w.current ? ' (this month)' : ''}`;
};

describe('nextReleaseWindow', () => {
  it.each([
    ['2026-11-29T00:00:00Z', 'February 2027'],
    ['2026-11-15T12:00:00Z', 'November 2026 (this month)'],
    ['2026-11-01T00:00:00Z', 'November 2026 (this month)'],
    ['2026-11-23T23:59:59Z', 'November 2026 (this month)'],
    ['2026-11-24T00:00:00Z', 'February 2027'],
    ['2026-12-31T23:59:59Z', 'February 2027'],
    ['2027-01-01T00:00:00Z', 'February 2027'],
    ['2026-06-10T00:00:00Z', 'August 2026'],
    ['2026-03-01T00:00:00Z', 'May 2026'],
  ])('at %s it is %s', (now, expected) => {
    expect(at(now)).toBe(expected);
  });

  it('moves on once this month’s security release has shipped', () => {
    expect(at('2026-05-12T00:00:00Z', ['2026-05-11T00:00:00Z'])).toBe('August 2026');
    expect(at('2026-05-12T00:00:00Z', ['2026-05-20T00:00:00Z', '2026-02-24T00:00:00Z'])).toBe('May 2026 (this month)');
  });

  it('uses the months from site.yaml, in UTC whatever the local zone', () => {
    expect(at('2026-06-30T23:30:00-02:00', [], [7])).toBe('July 2026 (this month)');
    expect(at('2026-07-28T00:00:00Z', [], [7])).toBe('July 2027');
  });
});
