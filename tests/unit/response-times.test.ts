// Response-time statistics on timelines whose answers are worked out by hand: medians, the
// 90th percentile, shares within target, per-year grouping, and the case with no timelines.
import { describe, expect, it } from 'vitest';
import { percentile } from '../../src/domain/percentile.ts';
import { responseStats, timelineSteps, type TimelineInput } from '../../src/domain/response-times.ts';
import { formatSpan, shareChart, timeChart } from '../../src/site/view/response-charts.ts';
import { parseDuration } from '../../src/domain/dates.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const targets = {
  acknowledge: { iso: 'PT24H', duration: parseDuration('PT24H')! },
  respond: { iso: 'P7D', duration: parseDuration('P7D')! },
  resolve: { iso: 'P21D', duration: parseDuration('P21D')! },
};

/** An advisory reported at `reported`, each later step given in hours after the report. */
function advisory(reported: string, hours: { ack?: number; respond?: number; fix?: number; publish: number }): TimelineInput {
  const r = new Date(reported);
  const after = (h?: number) => (h === undefined ? undefined : new Date(r.getTime() + h * HOUR));
  return { published: after(hours.publish)!, timeline: { reported: r, acknowledged: after(hours.ack), first_response: after(hours.respond), fixed: after(hours.fix) } };
}

describe('percentile (linear interpolation between closest ranks)', () => {
  it.each([
    [[5], 50, 5],
    [[5], 90, 5],
    [[1, 2, 3, 4], 50, 2.5],
    [[4, 1, 3, 2], 90, 3.7],
    [[10, 20, 30, 40, 50], 50, 30],
    [[10, 20, 30, 40, 50], 90, 46],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90, 10],
    [[3, 3, 3], 90, 3],
  ])('%j at %i is %d', (values, p, want) => {
    expect(percentile(values, p)).toBeCloseTo(want, 10);
  });

  it('refuses no values and percentiles outside 0–100', () => {
    expect(() => percentile([], 50)).toThrow(/no values/);
    expect(() => percentile([1], 101)).toThrow(/between 0 and 100/);
  });
});

describe('responseStats', () => {
  // 2025: acknowledgements at 2, 10, 30 h (the 30 h one misses 24 h); fixes at 10, 20, 25 days.
  // 2026: one advisory with no first response, acknowledged at exactly 24 h (met).
  const corpus: TimelineInput[] = [
    advisory('2025-01-01T00:00:00Z', { ack: 2, respond: 48, fix: 240, publish: 300 }),
    advisory('2025-03-01T00:00:00Z', { ack: 10, respond: 100, fix: 480, publish: 600 }),
    advisory('2025-06-01T00:00:00Z', { ack: 30, respond: 200, fix: 600, publish: 900 }),
    advisory('2026-01-05T00:00:00Z', { ack: 24, fix: 24 * 21 + 1, publish: 1000 }),
    { published: new Date('2025-08-01T00:00:00Z') },
    { published: new Date('2025-09-01T00:00:00Z'), timeline: { acknowledged: new Date('2025-08-20T00:00:00Z') } },
  ];
  const stats = responseStats(corpus, targets);

  it('counts the advisories it rests on: only those with a report instant', () => {
    expect(stats.considered).toBe(6);
    expect(stats.withTimeline).toBe(4);
    expect(stats.periods.map((p) => [p.label, p.advisories])).toEqual([['2026', 1], ['2025', 3], ['All time', 4]]);
  });

  it('gives medians and 90th percentiles per year and for all time', () => {
    const [y2026, y2025, all] = stats.periods;
    expect(y2025!.measures.acknowledge).toMatchObject({ count: 3, median: 10 * HOUR, p90: 26 * HOUR });
    expect(y2025!.measures.resolve).toMatchObject({ count: 3, median: 20 * DAY, p90: 24 * DAY });
    expect(y2025!.measures.disclose).toMatchObject({ count: 3, median: 600 * HOUR, p90: 840 * HOUR });
    expect(y2026!.measures.respond).toEqual({ count: 0 });
    expect(all!.measures.acknowledge).toMatchObject({ count: 4, median: 17 * HOUR, p90: 28.2 * HOUR });
    expect(all!.measures.respond).toMatchObject({ count: 3, median: 100 * HOUR });
  });

  it('gives the share within each target; exactly on the target counts as met', () => {
    const [y2026, y2025, all] = stats.periods;
    expect(y2025!.measures.acknowledge).toMatchObject({ within: 2, share: 2 / 3 });
    expect(y2025!.measures.resolve).toMatchObject({ within: 2, share: 2 / 3 });
    expect(y2026!.measures.acknowledge).toMatchObject({ within: 1, share: 1 });
    expect(y2026!.measures.resolve).toMatchObject({ within: 0, share: 0 });
    expect(all!.measures.acknowledge).toMatchObject({ within: 3, share: 0.75 });
    expect(all!.measures.disclose.share).toBeUndefined();
  });

  it('has no periods and no charts when no advisory has a timeline', () => {
    const empty = responseStats([{ published: new Date('2025-01-01T00:00:00Z') }], targets);
    expect(empty).toEqual({ considered: 1, withTimeline: 0, periods: [] });
    expect(timeChart(empty, 'acknowledge', targets.acknowledge.duration)).toBeUndefined();
    expect(shareChart(empty, ['acknowledge', 'respond', 'resolve'])).toBeUndefined();
    expect(responseStats([], targets)).toEqual({ considered: 0, withTimeline: 0, periods: [] });
  });

  it('charts the same numbers the tables print, with the target as a marker', () => {
    const chart = timeChart(stats, 'acknowledge', targets.acknowledge.duration)!;
    expect(chart.groups.map((g) => [g.label, ...g.bars.map((b) => b.text)])).toEqual([
      ['2026', '24 hours', '24 hours'],
      ['2025', '10 hours', '26 hours'],
      ['All time', '17 hours', '28.2 hours'],
    ]);
    expect(chart.marker).toEqual({ value: 24 * HOUR, label: 'target 24 hours' });
    expect(chart.ticks.at(-1)!.value).toBeGreaterThanOrEqual(28.2 * HOUR);
    expect(shareChart(stats, ['acknowledge'])!.groups.map((g) => g.bars[0]!.text)).toEqual(['100%', '67%', '75%']);
  });
});

describe('timelineSteps on one advisory page', () => {
  it('says met or missed for each step with a target, and measures from the report', () => {
    const steps = timelineSteps(advisory('2025-01-01T00:00:00Z', { ack: 30, respond: 48, fix: 24 * 22, publish: 24 * 30 }), targets);
    expect(steps.map((s) => [s.label, s.target?.met, s.sinceReport])).toEqual([
      ['Reported', undefined, undefined],
      ['Acknowledged', false, 30 * HOUR],
      ['First response', true, 48 * HOUR],
      ['Fix ready', false, 22 * DAY],
      ['Published', undefined, 30 * DAY],
    ]);
  });

  it('lists the steps without verdicts when the report instant is unknown', () => {
    const steps = timelineSteps({ published: new Date('2025-02-01T00:00:00Z'), timeline: { fixed: new Date('2025-01-20T00:00:00Z') } }, targets);
    expect(steps.map((s) => [s.label, s.target, s.sinceReport])).toEqual([
      ['Fix ready', undefined, undefined],
      ['Published', undefined, undefined],
    ]);
  });
});

it('formats spans in minutes, hours below two days, and days', () => {
  expect([formatSpan(45 * 60_000), formatSpan(HOUR), formatSpan(8.5 * HOUR), formatSpan(47 * HOUR), formatSpan(4.25 * DAY)]).toEqual([
    '45 minutes',
    '1 hour',
    '8.5 hours',
    '47 hours',
    '4.3 days',
  ]);
});
