/**
 * "Am I affected?": which public advisories affect a version, and the lowest release that fixes
 * them all. One implementation for the build (`/api/affected.json`, branch pages) and the browser
 * (`/check/` imports this module), so the page and the data can never disagree. Pure: no Astro,
 * no clock; the build instant's facts (withdrawals, support status, released versions) arrive in
 * the data.
 */
import { branchOf, compareVersions, inRange, isVersion, type VersionRange } from './versions.ts';

export interface CheckPackage {
  package: string;
  ranges: VersionRange[];
  versions: string[];
}

export interface CheckAdvisory {
  id: string;
  title: string;
  /** Headline severity in words: "High", "Moderately critical". */
  severity: string;
  /** Path of the advisory page on the site. */
  url: string;
  cve: string[];
  ghsa: string[];
  /** Withdrawn at the build instant: listed for completeness, never counted. */
  withdrawn: boolean;
  affected: CheckPackage[];
}

export interface CheckBranch {
  branch: string;
  /** Support status in words at the build instant ("active", "end of life", …). */
  status: string;
  /** Whether the project itself still ships fixes for the branch. */
  supported: boolean;
  /** The branch's releases that had shipped by the build instant, lowest first. */
  releases: string[];
}

/** The shape of `/api/affected.json`. */
export interface CheckData {
  /** The build instant the facts hold for. */
  generated: string;
  packages: string[];
  /** Newest first, as in releases.yaml. */
  branches: CheckBranch[];
  advisories: CheckAdvisory[];
}

export interface Upgrade {
  version: string;
  branch: string;
  /** True when the upgrade stays on the version's own branch. */
  sameBranch: boolean;
}

export type CheckResult =
  | { kind: 'not-a-version'; input: string; message: string }
  | {
      kind: 'version';
      version: string;
      branch: string;
      /** The branch's entry in releases.yaml, if it has one. */
      support?: CheckBranch;
      /** Non-withdrawn advisories that affect the version, in the data's order (newest first). */
      advisories: CheckAdvisory[];
      /** Undefined when nothing affects the version, or when no release fixes everything yet. */
      upgrade?: Upgrade;
      notes: string[];
    };

/** The packages of the advisory in which this version is affected (a version is checked against every package). */
export function affectedPackages(advisory: Pick<CheckAdvisory, 'affected'>, version: string): string[] {
  return advisory.affected.filter((p) => p.versions.includes(version) || p.ranges.some((r) => inRange(version, r))).map((p) => p.package);
}

export function affects(advisory: Pick<CheckAdvisory, 'affected'>, version: string): boolean {
  return affectedPackages(advisory, version).length > 0;
}

/** Accepts what people paste: surrounding spaces and a leading `v` (`v5.2.3`). */
export function normaliseVersion(input: string): string | undefined {
  const candidate = input.trim().replace(/^v(?=\d)/i, '');
  return isVersion(candidate) ? candidate : undefined;
}

const isStable = (version: string) => !version.includes('-');

/** The lowest release on the branch, above `version`, that none of the advisories affects. */
function lowestFix(branch: CheckBranch, above: string, advisories: readonly CheckAdvisory[]): string | undefined {
  return branch.releases
    .filter((v) => isStable(v) && compareVersions(v, above) > 0)
    .sort(compareVersions)
    .find((v) => advisories.every((a) => !affects(a, v)));
}

const branchKey = (branch: string) => `${branch}.0`;

/**
 * The lowest release that fixes every advisory affecting the version: on its own branch when one
 * does, otherwise on the nearest newer branch the project still supports. On each branch a
 * release clear of every known advisory is preferred, so the advice never moves someone onto a
 * version with a hole their own version did not have (6.0.0-rc1 → 6.0.9, not 6.0.8).
 */
export function lowestUpgrade(version: string, affecting: readonly CheckAdvisory[], data: Pick<CheckData, 'branches' | 'advisories'>): Upgrade | undefined {
  if (affecting.length === 0) return undefined;
  const known = data.advisories.filter((a) => !a.withdrawn);
  const own = branchOf(version);
  const newer = data.branches
    .filter((b) => b.supported && compareVersions(branchKey(b.branch), branchKey(own)) > 0)
    .sort((a, b) => compareVersions(branchKey(a.branch), branchKey(b.branch)));
  const candidates = [...data.branches.filter((b) => b.branch === own), ...newer];
  for (const b of candidates) {
    const fix = lowestFix(b, version, known) ?? lowestFix(b, version, affecting);
    if (fix) return { version: fix, branch: b.branch, sameBranch: b.branch === own };
  }
  return undefined;
}

/** The whole answer for one visitor's input. */
export function checkVersion(input: string, data: CheckData): CheckResult {
  const version = normaliseVersion(input);
  if (!version) {
    const shown = input.trim() === '' ? 'Nothing was entered' : `“${input.trim()}” is not a version number`;
    return {
      kind: 'not-a-version',
      input,
      message: `${shown}. Enter a full version number such as 1.2.3 (major.minor.patch); no advisories are listed for anything else.`,
    };
  }
  const branch = branchOf(version);
  const support = data.branches.find((b) => b.branch === branch);
  const advisories = data.advisories.filter((a) => !a.withdrawn && affects(a, version));
  const notes: string[] = [];
  if (!isStable(version)) {
    notes.push(`${version} is a pre-release. Pre-releases are not meant for production; this answer comes from the advisories’ version ranges.`);
  } else if (!support?.releases.includes(version)) {
    notes.push(`${version} is not a release listed for this site; this answer comes from the advisories’ version ranges.`);
  }
  if (support && !support.supported) notes.push(`The ${branch} branch is ${support.status}: upgrade to a supported branch to keep receiving fixes.`);
  if (!support) notes.push(`The ${branch} branch is not listed in the release data, so its support status is unknown.`);
  return { kind: 'version', version, branch, support, advisories, upgrade: lowestUpgrade(version, advisories, data), notes };
}
