/**
 * Version ranges, shared by validation, pages, exports and the browser-side check. Ranges follow
 * OSV's ECOSYSTEM events: `introduced` ("0" = from the first version) up to `fixed` (exclusive)
 * or `last_affected` (inclusive), or open-ended when no fix exists yet. Every function takes the
 * package's ordering (ecosystems.ts, found through lines.ts); without one it is plain semver,
 * which is how content format v1 began and what a site without `package:` lines keeps.
 */
import { DEFAULT_ORDERING, type VersionOrdering } from './ecosystems.ts';

export type { VersionOrdering };

/**
 * For lists that mix packages (a release day's versions, an announcement's targets): semver
 * where both are semver, else numbers compared as numbers, so the order reads naturally and a
 * version of another ecosystem never throws.
 */
export function compareForDisplay(a: string, b: string): number {
  return DEFAULT_ORDERING.valid(a) && DEFAULT_ORDERING.valid(b) ? DEFAULT_ORDERING.compare(a, b) : a.localeCompare(b, 'en', { numeric: true });
}

export interface VersionRange {
  introduced: string;
  fixed?: string;
  last_affected?: string;
}

/** Strictly parses a version; `v` prefixes and partial versions are not semver versions. */
export function isVersion(value: string, o: VersionOrdering = DEFAULT_ORDERING): boolean {
  return o.valid(value);
}

export function compareVersions(a: string, b: string, o: VersionOrdering = DEFAULT_ORDERING): number {
  return o.compare(a, b);
}

/** Is `version` inside the range? Pre-releases compare by the ecosystem's own precedence. */
export function inRange(version: string, range: VersionRange, o: VersionOrdering = DEFAULT_ORDERING): boolean {
  if (!o.valid(version)) return false;
  if (range.introduced !== '0' && o.compare(version, range.introduced) < 0) return false;
  if (range.fixed !== undefined) return o.compare(version, range.fixed) < 0;
  if (range.last_affected !== undefined) return o.compare(version, range.last_affected) <= 0;
  return true;
}

/** `5.2.3` → `5.2`: the release branch a version belongs to. */
export function branchOf(version: string, o: VersionOrdering = DEFAULT_ORDERING): string {
  return o.valid(version) ? o.line(version) : version;
}

/**
 * Does the range include any stable version of the branch (`5.2` = every 5.2.x)? Decided by
 * bounds rather than by the releases listed, so it holds for versions releases.yaml leaves out.
 * A range that starts at a pre-release (`2.0.5-beta`) first admits that release's stable version
 * (2.0.5): pre-releases are not shipped to production.
 */
export function rangeTouchesBranch(range: VersionRange, branch: string, o: VersionOrdering = DEFAULT_ORDERING): boolean {
  const [major, minor] = branch.split('.').map(Number);
  if (major === undefined || minor === undefined || Number.isNaN(major) || Number.isNaN(minor)) {
    throw new Error(`rangeTouchesBranch: found branch ${JSON.stringify(branch)}, want "major.minor"`);
  }
  const branchStart = o.lineStart(`${major}.${minor}`);
  const nextBranch = o.lineStart(`${major}.${minor + 1}`);
  const from = range.introduced === '0' ? undefined : o.stable(range.introduced);
  const start = from !== undefined && o.compare(from, branchStart) > 0 ? from : branchStart;
  if (!(o.compare(start, nextBranch) < 0)) return false;
  if (range.fixed !== undefined) return o.compare(start, range.fixed) < 0;
  if (range.last_affected !== undefined) return o.compare(start, range.last_affected) <= 0;
  return true;
}

/** Is the release branch affected: does any range or listed version of the package fall in it? */
export function affectsBranch(pkg: { ranges: readonly VersionRange[]; versions: readonly string[] }, branch: string, o: VersionOrdering = DEFAULT_ORDERING): boolean {
  return pkg.ranges.some((r) => rangeTouchesBranch(r, branch, o)) || pkg.versions.some((v) => branchOf(v, o) === branch);
}
