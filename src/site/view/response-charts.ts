/**
 * What the response-times page prints and draws: durations in words and the chart inputs for
 * each measure. The tables beside the charts print the same `text` values the bars carry.
 */
import { formatDuration } from 'date-fns/formatDuration';
import type { Duration } from 'date-fns';
import { addDuration } from '../../domain/dates.ts';
import type { ChartInput } from './bar-chart.ts';
import { niceTicks } from './bar-chart.ts';
import type { Measure, ResponseStats, TargetName } from '../../domain/response-times.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const round1 = (n: number) => Math.round(n * 10) / 10;
const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;

/** "45 minutes", "8.5 hours", "4.2 days": hours below two days, days above. */
export function formatSpan(ms: number): string {
  if (ms < HOUR) return plural(Math.round(ms / 60_000), 'minute');
  if (ms < 2 * DAY) return plural(round1(ms / HOUR), 'hour');
  return plural(round1(ms / DAY), 'day');
}

/** "24 hours", "7 days": a target as written in site.yaml, in words. */
export function formatTarget(duration: Duration): string {
  return formatDuration(duration);
}

/** A target's length in milliseconds, counted from a fixed day (months and years vary). */
export function targetMs(duration: Duration): number {
  const from = new Date(Date.UTC(2001, 0, 1));
  return addDuration(from, duration).getTime() - from.getTime();
}

/** "83%": a share, rounded to a whole percent. */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** Median and 90th percentile of one measure per period, against its target if it has one. */
export function timeChart(stats: ResponseStats, measure: Measure, target?: Duration): ChartInput | undefined {
  const groups = stats.periods
    .filter((p) => p.measures[measure].count > 0)
    .map((p) => {
      const m = p.measures[measure];
      return {
        label: p.label,
        bars: [
          { series: 'median', value: m.median!, text: formatSpan(m.median!) },
          { series: 'p90', value: m.p90!, text: formatSpan(m.p90!) },
        ],
      };
    });
  if (groups.length === 0) return undefined;
  const goal = target && targetMs(target);
  const max = Math.max(...groups.flatMap((g) => g.bars.map((b) => b.value)), goal ?? 0);
  const inDays = max >= 2 * DAY;
  const unit = inDays ? DAY : HOUR;
  const ticks = niceTicks(max / unit, (v) => `${v} ${inDays ? 'd' : 'h'}`).map((t) => ({ ...t, value: t.value * unit }));
  return { groups, ticks, marker: goal === undefined ? undefined : { value: goal, label: `target ${formatTarget(target!)}` } };
}

/** The share of advisories within each target, per period. */
export function shareChart(stats: ResponseStats, names: readonly TargetName[]): ChartInput | undefined {
  const groups = stats.periods
    .map((p) => ({
      label: p.label,
      bars: names
        .filter((n) => p.measures[n].share !== undefined)
        .map((n) => ({ series: n, value: p.measures[n].share! * 100, text: formatShare(p.measures[n].share!) })),
    }))
    .filter((g) => g.bars.length > 0);
  if (groups.length === 0) return undefined;
  return { groups, ticks: [0, 25, 50, 75, 100].map((v) => ({ value: v, label: `${v}%` })) };
}
