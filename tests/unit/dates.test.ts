import { describe, expect, it } from 'vitest';
import { addDuration, parseDuration, parseInstant } from '../../src/domain/dates.ts';
import { buildInstant } from '../../src/corpus/clock.ts';

describe('dates and instants', () => {
  it('reads a date alone as 00:00 UTC', () => {
    expect(parseInstant('2025-05-14')?.toISOString()).toBe('2025-05-14T00:00:00.000Z');
  });
  it('keeps zoned instants exact', () => {
    expect(parseInstant('2025-05-14T16:00:00+02:00')?.toISOString()).toBe('2025-05-14T14:00:00.000Z');
  });
  it.each(['2025-02-30', '2025-13-01', '2025-05-14T14:00:00', '14 May 2025', '2025-5-1'])('rejects %s', (value) => {
    expect(parseInstant(value)).toBeUndefined();
  });
  it('parses ISO-8601 durations and adds them in UTC', () => {
    expect(parseDuration('PT24H')).toEqual({ hours: 24 });
    expect(parseDuration('P21D')).toEqual({ days: 21 });
    expect(parseDuration('P')).toBeUndefined();
    expect(addDuration(new Date('2025-03-29T12:00:00Z'), { days: 1 }).toISOString()).toBe('2025-03-30T12:00:00.000Z');
  });
  it('takes the build instant from DISCLOSE_NOW and refuses a bad one', () => {
    expect(buildInstant({ DISCLOSE_NOW: '2025-06-01T12:00:00Z' }).toISOString()).toBe('2025-06-01T12:00:00.000Z');
    expect(() => buildInstant({ DISCLOSE_NOW: 'tomorrow' })).toThrow(
      'DISCLOSE_NOW: "tomorrow" is not an ISO-8601 date or instant (want e.g. 2025-05-14T14:00:00Z)',
    );
  });
});
