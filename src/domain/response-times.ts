/**
 * How reports were handled against the response targets in site.yaml: the steps of one
 * advisory's timeline with their elapsed time and verdict, and statistics over many advisories
 * (median, 90th percentile, share within target) for the response-times page. Pure: no Astro.
 */
import type { Duration } from 'date-fns';
import { addDuration } from './dates.ts';
import { percentile } from './percentile.ts';
import type { Site } from './model.ts';

/** The measured intervals, each from the report. Disclosure has no target. */
export const MEASURES = ['acknowledge', 'respond', 'resolve', 'disclose'] as const;
export type Measure = (typeof MEASURES)[number];
export type TargetName = Exclude<Measure, 'disclose'>;

export const MEASURE_LABELS: Record<Measure, string> = {
  acknowledge: 'Time to acknowledge',
  respond: 'Time to first response',
  resolve: 'Time to fix',
  disclose: 'Time from report to public disclosure',
};

type Targets = Site['targets'];

export interface TimelineInput {
  published: Date;
  timeline?: { reported?: Date; acknowledged?: Date; first_response?: Date; fixed?: Date };
}

export interface Step {
  label: string;
  at: Date;
  measure?: Measure;
  /** Milliseconds since the report, when the report instant is known. */
  sinceReport?: number;
  /** The target this step is held to, with whether it was reached in time. */
  target?: { name: TargetName; duration: Duration; met: boolean };
}

/** When each step happened, from the advisory's timeline and its publication. */
function instants(a: TimelineInput): Record<Measure, Date | undefined> {
  const t = a.timeline ?? {};
  return { acknowledge: t.acknowledged, respond: t.first_response, resolve: t.fixed, disclose: t.reported ? a.published : undefined };
}

/** Met means the step happened no later than the report plus the target duration. */
export function withinTarget(reported: Date, at: Date, duration: Duration): boolean {
  return at <= addDuration(reported, duration);
}

/** The timeline steps of one advisory, each with its elapsed time and target verdict. */
export function timelineSteps(a: TimelineInput, targets: Targets): Step[] {
  const reported = a.timeline?.reported;
  const at = instants(a);
  const steps: Step[] = reported ? [{ label: 'Reported', at: reported }] : [];
  const labels: Record<Measure, string> = { acknowledge: 'Acknowledged', respond: 'First response', resolve: 'Fix ready', disclose: 'Published' };
  for (const measure of MEASURES) {
    const when = measure === 'disclose' ? a.published : at[measure];
    if (!when) continue;
    const step: Step = { label: labels[measure], at: when, measure };
    if (reported) {
      step.sinceReport = when.getTime() - reported.getTime();
      if (measure !== 'disclose') {
        const duration = targets[measure].duration;
        step.target = { name: measure, duration, met: withinTarget(reported, when, duration) };
      }
    }
    steps.push(step);
  }
  return steps;
}

export interface MeasureStats {
  /** How many advisories have this step and a report instant. */
  count: number;
  /** Milliseconds. Undefined when count is 0. */
  median?: number;
  p90?: number;
  /** Advisories within target, and their share (0–1); undefined for disclosure or no data. */
  within?: number;
  share?: number;
}

export interface PeriodStats {
  /** "2025" or "All time". */
  label: string;
  /** Advisories in the period that have a report instant. */
  advisories: number;
  measures: Record<Measure, MeasureStats>;
}

export interface ResponseStats {
  /** Public advisories considered, and how many of them have a timeline with a report instant. */
  considered: number;
  withTimeline: number;
  /** Newest year first, then all time; empty when no advisory has a timeline. */
  periods: PeriodStats[];
}

function measureStats(items: readonly TimelineInput[], measure: Measure, targets: Targets): MeasureStats {
  const samples: { ms: number; met?: boolean }[] = [];
  for (const a of items) {
    const reported = a.timeline?.reported;
    const when = instants(a)[measure];
    if (!reported || !when) continue;
    const met = measure === 'disclose' ? undefined : withinTarget(reported, when, targets[measure].duration);
    samples.push({ ms: when.getTime() - reported.getTime(), met });
  }
  if (samples.length === 0) return { count: 0 };
  const values = samples.map((s) => s.ms);
  const stats: MeasureStats = { count: samples.length, median: percentile(values, 50), p90: percentile(values, 90) };
  if (measure !== 'disclose') {
    stats.within = samples.filter((s) => s.met).length;
    stats.share = stats.within / samples.length;
  }
  return stats;
}

function period(label: string, items: readonly TimelineInput[], targets: Targets): PeriodStats {
  const measures = Object.fromEntries(MEASURES.map((m) => [m, measureStats(items, m, targets)])) as Record<Measure, MeasureStats>;
  return { label, advisories: items.length, measures };
}

/**
 * Statistics per year of publication (newest first) and for all time, over the advisories whose
 * timeline gives a report instant: every interval is measured from the report, so without it
 * nothing can be measured.
 */
export function responseStats(advisories: readonly TimelineInput[], targets: Targets): ResponseStats {
  const timed = advisories.filter((a) => a.timeline?.reported);
  const years = [...new Set(timed.map((a) => a.published.getUTCFullYear()))].sort((x, y) => y - x);
  const periods = timed.length === 0
    ? []
    : [...years.map((y) => period(String(y), timed.filter((a) => a.published.getUTCFullYear() === y), targets)), period('All time', timed, targets)];
  return { considered: advisories.length, withTimeline: timed.length, periods };
}
