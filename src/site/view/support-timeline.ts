/**
 * Geometry of the supported-versions timeline: where each branch's support phases sit on a
 * shared time axis, as percentages, so the page can draw them with CSS alone. The axis spans
 * whole years around the build instant; branches that ended long ago are left to the table.
 */
import { UTCDate } from '@date-fns/utc';
import { addYears } from 'date-fns/addYears';
import { startOfYear } from 'date-fns/startOfYear';
import { subYears } from 'date-fns/subYears';
import type { BranchSupport } from '../../domain/support.ts';

export type PhaseName = 'active' | 'security' | 'extended';

export interface PhaseBar {
  phase: PhaseName;
  /** Percent of the axis from its left edge. */
  left: number;
  width: number;
}

export interface TimelineRow {
  branch: string;
  phases: PhaseBar[];
}

export interface Timeline {
  /** Each year on the axis with where it starts, in percent. */
  years: { year: number; left: number }[];
  /** Where the build instant falls, in percent. */
  now: number;
  rows: TimelineRow[];
}

const YEARS_BACK = 2;
const YEARS_AHEAD = 3;

export function supportTimeline(table: readonly BranchSupport[], now: Date): Timeline {
  const at = new UTCDate(now.getTime());
  const start = startOfYear(subYears(at, YEARS_BACK)).getTime();
  const end = startOfYear(addYears(at, YEARS_AHEAD)).getTime();
  const pos = (d: Date | number) => (Math.min(Math.max(+d, start), end) - start) / (end - start) * 100;
  const rows: TimelineRow[] = [];
  for (const { branch: b } of table) {
    // A phase without an announced end runs to the edge of the axis.
    const active = b.active_support_until ?? end;
    const security = b.security_support_until ?? (b.active_support_until ? end : active);
    const extended = b.extended_support_until ?? security;
    if (+extended <= start) continue;
    const spans: [PhaseName, number, number][] = [
      ['active', +b.released, +active],
      ['security', +active, +security],
      ['extended', +security, +extended],
    ];
    const phases = spans
      .map(([phase, from, to]) => ({ phase, left: pos(from), width: pos(to) - pos(from) }))
      .filter((p) => p.width > 0);
    rows.push({ branch: b.branch, phases });
  }
  const years: Timeline['years'] = [];
  for (let y = new UTCDate(start).getFullYear(); y < new UTCDate(end).getFullYear(); y++) years.push({ year: y, left: pos(Date.UTC(y, 0, 1)) });
  return { years, now: pos(now), rows };
}
