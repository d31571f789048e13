/**
 * Branch support status at an instant. Support dates are calendar dates, which the content
 * contract reads as 00:00 UTC: a phase "until 2026-01-15" is over from that midnight on, the same
 * way a release dated today counts as released from midnight. A phase with no announced end has
 * not ended, so a branch with no end dates at all is active.
 */
import semver from 'semver';
import type { Branch, Release } from './model.ts';

export const SUPPORT_STATUSES = ['active', 'security fixes only', 'extended support (paid)', 'end of life'] as const;
export type SupportStatus = (typeof SUPPORT_STATUSES)[number];

type Dates = Pick<Branch, 'active_support_until' | 'security_support_until' | 'extended_support_until'>;

const before = (now: Date, end: Date | undefined) => end === undefined || now < end;

export function supportStatus(branch: Dates, now: Date): SupportStatus {
  if (before(now, branch.active_support_until)) return 'active';
  if (before(now, branch.security_support_until)) return 'security fixes only';
  if (branch.extended_support_until && now < branch.extended_support_until) return 'extended support (paid)';
  return 'end of life';
}

/** Whether the project still ships fixes for the branch itself (extended support is a paid service). */
export function isSupported(status: SupportStatus): boolean {
  return status === 'active' || status === 'security fixes only';
}

/** The newest release of the branch that has shipped by `now`. */
export function latestRelease(branch: Pick<Branch, 'releases'>, now: Date): Release | undefined {
  return branch.releases.filter((r) => r.date <= now).sort((a, b) => semver.compare(b.version, a.version))[0];
}

export interface BranchSupport {
  branch: Branch;
  status: SupportStatus;
  latest?: Release;
}

/** Branches released by `now`, newest first, each with its status and latest release. */
export function supportTable(branches: readonly Branch[], now: Date): BranchSupport[] {
  return branches
    .filter((b) => b.released <= now)
    .map((branch) => ({ branch, status: supportStatus(branch, now), latest: latestRelease(branch, now) }));
}
