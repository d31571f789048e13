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

/** The upper bound of a range, for ordering and display. */
export function rangeEnd(range: VersionRange): string | undefined {
  return range.fixed ?? range.last_affected;
}

/** `5.2.3` → `5.2`: the release branch a version belongs to. */
export function branchOf(version: string): string {
  const v = semver.parse(version);
  return v ? `${v.major}.${v.minor}` : version;
}
