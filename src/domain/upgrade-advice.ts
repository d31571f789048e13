/**
 * The two answers the version check gives an affected reader (README, "The version check"):
 *
 * 1. **Stay on your branch**: the release of the reader's own branch that leaves the fewest
 *    known advisories (the lowest on a tie), what it leaves unfixed, who ships it (free, or
 *    paid extended support), and the branch's latest release when that is another one.
 * 2. **Move to a supported branch**: the lowest free release of a branch the project still
 *    supports that fixes everything affecting the reader, with how many major versions away it
 *    is; and, on the branches between that only paid extended support still fixes, the lowest
 *    release that fixes everything too.
 *
 * On a branch, a release clear of every known advisory is preferred, so the advice never moves
 * someone onto a version with a hole their own version did not have (6.0.0-rc1 → 6.0.9, not
 * 6.0.8). Pure, like the check itself.
 */
import { affects } from './affects.ts';
import { type VersionOrdering, compareVersions } from './versions.ts';
import { DEFAULT_ORDERING } from './ecosystems.ts';
import type { CheckAdvisory, CheckBranch, CheckData, CheckRelease } from './version-check.ts';

export interface StayAnswer {
  branch: string;
  /** Absent when no release of the branch above the reader's version fixes any of the advisories. */
  release?: CheckRelease;
  /** How many of the advisories affecting the reader's version that release fixes. */
  fixes: number;
  /** The known advisories that still affect that release (all of them when there is none). */
  remaining: CheckAdvisory[];
  /** The branch's newest release when it is not `release`, with how many known advisories still affect it. */
  latest?: { release: CheckRelease; remaining: number };
}

export interface MoveTarget {
  branch: CheckBranch;
  release: CheckRelease;
}

export interface MoveAnswer {
  /** The lowest free release of a supported, newer branch that fixes everything; absent when there is none. */
  target?: MoveTarget & { majors: number };
  /** Newer branches below the target that only paid extended support fixes: the lowest release of each that fixes everything. */
  extended: MoveTarget[];
}

/** A score on a 0–10 scale, so that "High 8.8" sorts above "High 7.1" (a risk score "12/25" is scaled from 25). */
function scoreOf(a: Pick<CheckAdvisory, 'score'>): number {
  if (!a.score) return 0;
  const [points, outOf] = a.score.split('/').map(Number);
  return outOf ? (points! / outOf) * 10 : points!;
}

/** Highest severity first (its level, then its score), then the newest, then by id: the order the check lists advisories in. */
export function bySeverityThenDate(a: Pick<CheckAdvisory, 'rank' | 'score' | 'published' | 'id'>, b: Pick<CheckAdvisory, 'rank' | 'score' | 'published' | 'id'>): number {
  return b.rank - a.rank || scoreOf(b) - scoreOf(a) || b.published.localeCompare(a.published) || a.id.localeCompare(b.id);
}

/** `5.2` against `6.0`, as numbers. */
const compareLines = (a: string, b: string) => {
  const [x, y] = [a.split('.').map(Number), b.split('.').map(Number)];
  return x[0]! - y[0]! || x[1]! - y[1]!;
};
const majorOf = (line: string) => Number(line.split('.')[0]);

/** Releases of the branch above `version`, stable ones only, lowest first. */
function above(branch: CheckBranch, version: string, o: VersionOrdering): CheckRelease[] {
  return branch.releases
    .filter((r) => !o.prerelease(r.version) && compareVersions(r.version, version, o) > 0)
    .sort((a, b) => compareVersions(a.version, b.version, o));
}

const holes = (known: readonly CheckAdvisory[], version: string, o: VersionOrdering) => known.filter((a) => affects(a, version, o)).sort(bySeverityThenDate);

export function stayAnswer(
  version: string,
  affecting: readonly CheckAdvisory[],
  branch: CheckBranch | undefined,
  data: Pick<CheckData, 'advisories'>,
  o: VersionOrdering = DEFAULT_ORDERING,
): StayAnswer | undefined {
  if (!branch) return undefined;
  const known = data.advisories.filter((a) => !a.withdrawn);
  const candidates = above(branch, version, o).map((release) => ({ release, holes: holes(known, release.version, o) }));
  // Fewest known holes wins; the sort is stable, so the lowest version wins a tie.
  const best = [...candidates].sort((a, b) => a.holes.length - b.holes.length)[0];
  const fixes = best ? affecting.filter((a) => !affects(a, best.release.version, o)).length : 0;
  if (!best || fixes === 0) return { branch: branch.branch, fixes: 0, remaining: [...affecting] };
  const newest = candidates.at(-1)!;
  return {
    branch: branch.branch,
    release: best.release,
    fixes,
    remaining: best.holes,
    latest: newest.release.version === best.release.version ? undefined : { release: newest.release, remaining: newest.holes.length },
  };
}

/** The lowest release (of those allowed) that none of the reader's advisories affects, preferring one clear of every known advisory. */
function lowestFixingAll(releases: readonly CheckRelease[], affecting: readonly CheckAdvisory[], known: readonly CheckAdvisory[], o: VersionOrdering): CheckRelease | undefined {
  const clear = (pool: readonly CheckAdvisory[]) => releases.find((r) => pool.every((a) => !affects(a, r.version, o)));
  return clear(known) ?? clear(affecting);
}

export function moveAnswer(
  version: string,
  affecting: readonly CheckAdvisory[],
  data: Pick<CheckData, 'branches' | 'advisories'>,
  o: VersionOrdering = DEFAULT_ORDERING,
): MoveAnswer | undefined {
  const known = data.advisories.filter((a) => !a.withdrawn);
  const own = o.line(version);
  const newer = data.branches.filter((b) => compareLines(b.branch, own) > 0).sort((a, b) => compareLines(a.branch, b.branch));
  let target: MoveAnswer['target'];
  for (const branch of newer.filter((b) => b.supported)) {
    const release = lowestFixingAll(above(branch, version, o).filter((r) => r.access === 'free'), affecting, known, o);
    if (release) {
      target = { branch, release, majors: majorOf(o.line(release.version)) - majorOf(own) };
      break;
    }
  }
  const extended = newer
    .filter((b) => b.status === 'extended support (paid)' && (!target || compareLines(b.branch, target.branch.branch) < 0))
    .flatMap((branch) => {
      const release = lowestFixingAll(above(branch, version, o), affecting, known, o);
      return release ? [{ branch, release }] : [];
    });
  return target || extended.length > 0 ? { target, extended } : undefined;
}
