/**
 * Whether an advisory's affected packages include a version: a listed version, or one inside a
 * range (src/domain/versions.ts). A version is checked against every package, as Mautic's core
 * packages share one version line.
 */
import { type VersionOrdering, inRange, type VersionRange } from './versions.ts';
import { DEFAULT_ORDERING } from './ecosystems.ts';

export interface AffectedLike {
  affected: readonly { package: string; ranges: readonly VersionRange[]; versions: readonly string[] }[];
}

/** The packages of the advisory in which this version is affected. */
export function affectedPackages(advisory: AffectedLike, version: string, o: VersionOrdering = DEFAULT_ORDERING): string[] {
  return advisory.affected.filter((p) => p.versions.includes(version) || p.ranges.some((r) => inRange(version, r, o))).map((p) => p.package);
}

export function affects(advisory: AffectedLike, version: string, o: VersionOrdering = DEFAULT_ORDERING): boolean {
  return affectedPackages(advisory, version, o).length > 0;
}
