/**
 * Version ranges with `semver`, shared by validation, pages, exports and the browser-side check.
 * Ranges follow OSV's ECOSYSTEM events: `introduced` ("0" = from the first version) up to `fixed`
 * (exclusive) or `last_affected` (inclusive), or open-ended when no fix exists yet.
 */
import semver from 'semver';

export interface VersionRange {
  introduced: string;
  fixed?: string;
  last_affected?: string;
}

/** Strictly parses a version; `v` prefixes and partial versions are not versions here. */
export function isVersion(value: string): boolean {
  return semver.valid(value, { loose: false }) === value;
}

export function compareVersions(a: string, b: string): number {
  return semver.compare(a, b);
}

/** Is `version` inside the range? Pre-releases compare by semver precedence, like Composer's. */
export function inRange(version: string, range: VersionRange): boolean {
  if (range.introduced !== '0' && semver.lt(version, range.introduced)) return false;
  if (range.fixed !== undefined) return semver.lt(version, range.fixed);
  if (range.last_affected !== undefined) return semver.lte(version, range.last_affected);
  return true;
}


/** `5.2.3` → `5.2`: the release branch a version belongs to. */
export function branchOf(version: string): string {
  const v = semver.parse(version);
  return v ? `${v.major}.${v.minor}` : version;
}

/** The stable version a range start admits first: `2.0.5-beta` → `2.0.5` (pre-releases are not shipped to production). */
function firstStableFrom(introduced: string): string {
  if (introduced === '0') return '0.0.0';
  const v = semver.parse(introduced)!;
  return `${v.major}.${v.minor}.${v.patch}`;
}

/**
 * Does the range include any stable version of the branch (`5.2` = every 5.2.x)? Decided by
 * bounds rather than by the releases listed, so it holds for versions releases.yaml leaves out.
 */
export function rangeTouchesBranch(range: VersionRange, branch: string): boolean {
  const [major, minor] = branch.split('.').map(Number);
  if (major === undefined || minor === undefined || Number.isNaN(major) || Number.isNaN(minor)) {
    throw new Error(`rangeTouchesBranch: found branch ${JSON.stringify(branch)}, want "major.minor"`);
  }
  const branchStart = `${major}.${minor}.0`;
  const nextBranch = `${major}.${minor + 1}.0`;
  const start = semver.gt(firstStableFrom(range.introduced), branchStart) ? firstStableFrom(range.introduced) : branchStart;
  if (!semver.lt(start, nextBranch)) return false;
  if (range.fixed !== undefined) return semver.lt(start, range.fixed);
  if (range.last_affected !== undefined) return semver.lte(start, range.last_affected);
  return true;
}

/** Is the release branch affected: does any range or listed version of the package fall in it? */
export function affectsBranch(pkg: { ranges: readonly VersionRange[]; versions: readonly string[] }, branch: string): boolean {
  return pkg.ranges.some((r) => rangeTouchesBranch(r, branch)) || pkg.versions.some((v) => branchOf(v) === branch);
}
