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
import { branchLabel } from '../../domain/urls.ts';

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
  /** True when a support end is unknown, so only the phases before it are drawn. */
  partial: boolean;
}

export interface Timeline {
  /** Each year on the axis with where it starts, in percent. */
  years: { year: number; left: number }[];
  /** Where the build instant falls, in percent. */
  now: number;
  rows: TimelineRow[];
  /** Recent branches with a support end no record gives: their phases from that end on are not drawn. */
  undrawn: string[];
}

const YEARS_BACK = 2;
const YEARS_AHEAD = 3;

export function supportTimeline(table: readonly BranchSupport[], now: Date): Timeline {
  const at = new UTCDate(now.getTime());
  const start = startOfYear(subYears(at, YEARS_BACK)).getTime();
  const end = startOfYear(addYears(at, YEARS_AHEAD)).getTime();
  const pos = (d: Date | number) => (Math.min(Math.max(+d, start), end) - start) / (end - start) * 100;
  const rows: TimelineRow[] = [];
  const undrawn: string[] = [];
  for (const { branch: b } of table) {
    // A phase without an announced end runs to the edge of the axis. One whose end no record
    // gives cannot be drawn, and neither can anything after it.
    const raw = [b.active_support_until, b.security_support_until, b.extended_support_until];
    const cut = raw.indexOf('unknown');
    const drawn = cut === -1 ? raw.length : cut;
    const day = (e: (typeof raw)[number]) => (e instanceof Date ? +e : undefined);
    const active = day(raw[0]) ?? end;
    const security = day(raw[1]) ?? (raw[0] ? end : active);
    const extended = day(raw[2]) ?? security;
    const spans: [PhaseName, number, number][] = (
      [
        ['active', +b.released, active],
        ['security', active, security],
        ['extended', security, extended],
      ] as [PhaseName, number, number][]
    ).slice(0, drawn);
    if (cut !== -1 && +b.released > start) undrawn.push(branchLabel(b));
    if (spans.length === 0 || spans.at(-1)![2] <= start) continue;
    const phases = spans
      .map(([phase, from, to]) => ({ phase, left: pos(from), width: pos(to) - pos(from) }))
      .filter((p) => p.width > 0);
    rows.push({ branch: branchLabel(b), phases, partial: cut !== -1 });
  }
  const years: Timeline['years'] = [];
  for (let y = new UTCDate(start).getFullYear(); y < new UTCDate(end).getFullYear(); y++) years.push({ year: y, left: pos(Date.UTC(y, 0, 1)) });
  return { years, now: pos(now), rows, undrawn };
}
