/**
 * Support status at an instant, in one vocabulary that every page, the version check, the
 * feeds and `/api/releases.json` use (README, "Supported versions"):
 *
 * - **supported**: the project ships fixes, in one of two phases, *active* (bug and security
 *   fixes) or *security fixes only*;
 * - **extended support (paid)**: only a paid extended support programme back-ports fixes;
 * - **end of life**: nobody ships fixes.
 *
 * Support dates are calendar dates, which the content contract reads as 00:00 UTC: a phase
 * "until 2026-01-15" is over from that midnight on, the same way a release dated today counts as
 * released from midnight. A phase with no announced end has not ended; one whose end is
 * `unknown` is over, on a day no record gives. A later phase that is over ends the earlier ones.
 */
import { DEFAULT_ORDERING, type VersionOrdering } from './ecosystems.ts';
import { type SitePackages, branchOrdering } from './lines.ts';
import { formatDistanceStrict } from 'date-fns/formatDistanceStrict';
import type { Branch, Release, SupportEnd } from './model.ts';

export const SUPPORT_STATUSES = ['supported', 'extended support (paid)', 'end of life'] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

/** The phases of "supported"; the other two statuses are phases of their own. */
export const SUPPORTED_PHASES = ['active', 'security fixes only'] as const;
export type SupportedPhase = (typeof SUPPORTED_PHASES)[number];

type Dates = Pick<Branch, 'active_support_until' | 'security_support_until' | 'extended_support_until'>;

export interface SupportState {
  status: SupportStatus;
  /** Only while supported: active, or security fixes only. */
  phase?: SupportedPhase;
  /**
   * While supported or in extended support: when that status ends (undefined: no end
   * announced). At end of life: when it began, or 'unknown'.
   */
  end?: SupportEnd;
  /** While active: when the active phase gives way to security fixes only, if announced. */
  activeUntil?: SupportEnd;
}

const over = (now: Date, end: SupportEnd | undefined) => end === 'unknown' || (end !== undefined && now >= end);

export function supportState(branch: Dates, now: Date): SupportState {
  const { active_support_until: active, security_support_until: security, extended_support_until: extended } = branch;
  if (extended !== undefined && over(now, extended)) return { status: 'end of life', end: extended };
  if (over(now, security)) {
    return extended === undefined ? { status: 'end of life', end: security } : { status: 'extended support (paid)', end: extended };
  }
  if (over(now, active)) return { status: 'supported', phase: 'security fixes only', end: security };
  return { status: 'supported', phase: 'active', end: security, activeUntil: active };
}

/** Whether the project itself still ships fixes for the branch (extended support is a paid service). */
export const isSupported = (state: Pick<SupportState, 'status'>): boolean => state.status === 'supported';

/** "ends in 7 months", "ended 2 years ago": relative to the build instant, as endoflife.date words it. */
export function relativeEnd(end: Date, now: Date): string {
  const distance = formatDistanceStrict(end, now, { addSuffix: true });
  return end > now ? `ends ${distance}` : `ended ${distance}`;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** A piece of the status line: the status word (drawn as a badge), plain text, or a date. */
export type SupportPart = { kind: 'status'; status: SupportStatus } | { kind: 'text'; text: string } | { kind: 'date'; date: Date };

/**
 * The status with its dates, as the parts every page renders and `describeSupport` joins into
 * one line of text, so each place says exactly the same words:
 * "supported: security fixes only, until 2026-09-30 (ends in 10 months)",
 * "extended support (paid), until 2027-09-30 (ends in 10 months)",
 * "end of life since 2024-12-31 (ended 2 years ago)", "end of life (the day is not recorded)".
 */
export function supportParts(state: SupportState, now: Date): SupportPart[] {
  const parts: SupportPart[] = [{ kind: 'status', status: state.status }];
  const text = (t: string) => parts.push({ kind: 'text', text: t });
  const until = (end: SupportEnd | undefined, lead: string) => {
    if (end === undefined) text(', no end announced');
    else if (end === 'unknown') text(`${lead} a day not recorded`);
    else {
      text(`${lead} `);
      parts.push({ kind: 'date', date: end });
      text(` (${relativeEnd(end, now)})`);
    }
  };
  if (state.status === 'supported') {
    text(`: ${state.phase}`);
    if (state.phase === 'active' && state.end !== undefined) until(state.end, ', security fixes until');
    else until(state.end, state.phase === 'active' ? '' : ', until');
  } else if (state.status === 'extended support (paid)') until(state.end, ', until');
  else if (state.end === undefined || state.end === 'unknown') text(' (the day is not recorded)');
  else until(state.end, ' since');
  return parts;
}

/** `supportParts` as one line of plain text, for the version check's script, feeds and the API. */
export function describeSupport(state: SupportState, now: Date): string {
  return supportParts(state, now)
    .map((p) => (p.kind === 'status' ? p.status : p.kind === 'text' ? p.text : day(p.date)))
    .join('');
}

/** Who ships a release: the project for free, the paid extended support programme, or the records do not say. */
export type ReleaseAccess = 'free' | 'extended support (paid)' | 'not recorded';

/**
 * Whether a release came out while the project supported the branch (free) or during its paid
 * extended support. Releases of a branch ship in version order, so an upper-bound date is
 * narrowed from below by the newest exactly dated release before it; when the window still
 * straddles the end of free support, the records do not say.
 */
export function releaseAccess(
  branch: Pick<Branch, 'security_support_until' | 'extended_support_until' | 'releases'>,
  release: Release,
  o: VersionOrdering = DEFAULT_ORDERING,
): ReleaseAccess {
  const freeEnd = branch.security_support_until;
  if (branch.extended_support_until === undefined || freeEnd === undefined) return 'free';
  if (freeEnd === 'unknown') return 'not recorded';
  if (release.date < freeEnd) return 'free';
  if (release.exact) return 'extended support (paid)';
  const earliest = branch.releases
    .filter((r) => r.exact && o.compare(r.version, release.version) < 0)
    .reduce<Date | undefined>((latest, r) => (latest === undefined || r.date > latest ? r.date : latest), undefined);
  return earliest !== undefined && earliest >= freeEnd ? 'extended support (paid)' : 'not recorded';
}

/** The newest release of the branch that has shipped by `now`. */
export function latestRelease(branch: Pick<Branch, 'releases'>, now: Date, o: VersionOrdering = DEFAULT_ORDERING): Release | undefined {
  return branch.releases.filter((r) => r.date <= now).sort((a, b) => o.compare(b.version, a.version))[0];
}

export interface BranchSupport {
  branch: Branch;
  support: SupportState;
  latest?: Release;
  /** How the branch's versions order: its package's ecosystem's (lines.ts). */
  ordering: VersionOrdering;
}

/**
 * Branches released by `now`, newest first, each with its status and latest release, its
 * versions ordered by its package's ecosystem (semver where the site is not given).
 */
export function supportTable(branches: readonly Branch[], now: Date, site?: SitePackages): BranchSupport[] {
  return branches
    .filter((b) => b.released <= now)
    .map((branch) => {
      const ordering = (site && branchOrdering(site, branch)) ?? DEFAULT_ORDERING;
      return { branch, support: supportState(branch, now), latest: latestRelease(branch, now, ordering), ordering };
    });
}

/** "by 2021-01-19" for an upper bound, "2021-01-19" for a known day. */
export function releaseDay(date: Date, exact: boolean): string {
  return exact ? day(date) : `by ${day(date)}`;
}
