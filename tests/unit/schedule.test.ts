// The next scheduled security release window at the build instant.
import { describe, expect, it } from 'vitest';
import { formatMonth, monthList, nextReleaseWindow, upcomingWindows, windowEnd } from '../../src/domain/schedule.ts';

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

describe('the next window throughout the year', () => {
  // Every month of 2026 at its first and last instant, with quarterly windows [2, 5, 8, 11].
  it.each([
    ['2026-01-01T00:00:00Z', 'February 2026'],
    ['2026-01-31T23:59:59Z', 'February 2026'],
    ['2026-02-01T00:00:00Z', 'February 2026 (this month)'],
    ['2026-02-21T23:59:59Z', 'February 2026 (this month)'],
    ['2026-02-22T00:00:00Z', 'May 2026'],
    ['2026-02-28T12:00:00Z', 'May 2026'],
    ['2026-03-31T23:59:59Z', 'May 2026'],
    ['2026-04-15T00:00:00Z', 'May 2026'],
    ['2026-05-31T23:59:59Z', 'August 2026'],
    ['2026-07-31T23:59:59Z', 'August 2026'],
    ['2026-08-31T00:00:00Z', 'November 2026'],
    ['2026-09-30T00:00:00Z', 'November 2026'],
    ['2026-10-31T23:59:59Z', 'November 2026'],
    ['2026-11-30T23:59:59Z', 'February 2027'],
  ])('at %s it is %s', (now, expected) => {
    expect(at(now)).toBe(expected);
  });

  it('handles the last day of a leap February and a December window across the year end', () => {
    expect(at('2028-02-29T23:59:59Z')).toBe('May 2028');
    expect(at('2028-02-22T23:59:59Z')).toBe('February 2028 (this month)');
    expect(at('2026-12-31T23:59:59Z', [], [12])).toBe('December 2027');
    expect(at('2026-12-24T23:59:59Z', [], [12])).toBe('December 2026 (this month)');
    expect(at('2026-12-25T00:00:00Z', [], [1, 12])).toBe('January 2027');
  });
});

describe('upcomingWindows', () => {
  const list = (now: string, months = MONTHS, shipped: string[] = []) =>
    upcomingWindows(new Date(now), months, shipped.map((s) => new Date(s)), 4).map((w) => `${formatMonth(w.month)}${w.current ? '*' : ''}`);

  it('lists a year of quarterly windows across the year end', () => {
    expect(list('2026-11-10T00:00:00Z')).toEqual(['November 2026*', 'February 2027', 'May 2027', 'August 2027']);
    expect(list('2026-11-28T00:00:00Z')).toEqual(['February 2027', 'May 2027', 'August 2027', 'November 2027']);
    expect(list('2026-12-31T23:59:59Z', [6])).toEqual(['June 2027', 'June 2028', 'June 2029', 'June 2030']);
  });

  it('skips this month once its security release has shipped', () => {
    expect(list('2026-05-12T00:00:00Z', MONTHS, ['2026-05-11T00:00:00Z'])).toEqual(['August 2026', 'November 2026', 'February 2027', 'May 2027']);
  });

  it('ends each window on the first day of the next month', () => {
    const [w] = upcomingWindows(new Date('2026-12-01T00:00:00Z'), [12]);
    expect(windowEnd(w!).toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });
});

it('names the scheduled months in words', () => {
  expect(monthList(MONTHS)).toBe('February, May, August and November');
  expect(monthList([6])).toBe('June');
});
