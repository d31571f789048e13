/**
 * "Am I affected?": which public advisories affect a version, what each one's fix is on the
 * reader's branch, and the two answers the reader acts on (src/domain/upgrade-advice.ts): the
 * best release of their own branch, and the lowest free release of a supported branch that
 * fixes everything. One implementation for the build (`/api/affected.json`, branch pages) and
 * the browser (`/check/` imports this module), so the page and the data can never disagree.
 * Pure: no Astro, no clock; the build instant's facts (withdrawals, support status, released
 * versions, who ships each release) arrive in the data.
 */
import { type VersionOrdering, branchOf, compareVersions, inRange, isVersion, type VersionRange } from './versions.ts';
import { DEFAULT_ORDERING, orderingOf } from './ecosystems.ts';
import { affects } from './affects.ts';
import type { ReleaseAccess, SupportStatus, SupportedPhase } from './support.ts';
import { type MoveAnswer, type StayAnswer, bySeverityThenDate, moveAnswer, stayAnswer } from './upgrade-advice.ts';

export type { MoveAnswer, StayAnswer };
export { bySeverityThenDate };

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
  /** "8.3", "12/25", or absent for a bare label. */
  score?: string;
  /** 0 (lowest) to 4 (highest): for sorting and for the colour beside the words. */
  rank: number;
  /** The disclosure instant, ISO 8601. */
  published: string;
  /** Path of the advisory page on the site. */
  url: string;
  cve: string[];
  ghsa: string[];
  /** Withdrawn at the build instant: listed for completeness, never counted. */
  withdrawn: boolean;
  affected: CheckPackage[];
}

export interface CheckRelease {
  version: string;
  /** `YYYY-MM-DD`: the day it shipped, or with `dateExact` false the day it was out by. */
  date: string;
  dateExact: boolean;
  /** Shipped free by the project, only to paid extended support customers, or not recorded. */
  access: ReleaseAccess;
}

export interface CheckBranch {
  branch: string;
  /** The package whose line this is, where the site has more than one version line. */
  package?: string;
  /** The site's support vocabulary (src/domain/support.ts) at the build instant. */
  status: SupportStatus;
  /** While supported: active, or security fixes only. */
  phase?: SupportedPhase;
  /** The status line every page prints: "extended support (paid), until 2026-12-31 (ends in 1 month)". */
  statusText: string;
  /** Whether the project itself still ships fixes for the branch. */
  supported: boolean;
  /** When the project's own (free) security fixes end: `YYYY-MM-DD`, `unknown`, or absent while not announced. */
  securitySupportUntil?: string;
  /** The branch's releases that had shipped by the build instant, lowest first. */
  releases: CheckRelease[];
  /** Path of the branch's page. */
  url: string;
  /** Paths of the branch's feeds, when it has them. */
  feeds?: { rss: string; atom: string; json: string };
}

/** The shape of `/api/affected.json`. */
export interface CheckData {
  /** The build instant the facts hold for. */
  generated: string;
  packages: string[];
  /**
   * Each package's ecosystem, where a version must be read with an ordering other than semver
   * (PEP 440, Maven, …) or the site has more than one version line; absent otherwise.
   */
  ecosystems?: Record<string, string>;
  /** Set when each package has its own version line: the reader then says which package they run. */
  severalLines?: boolean;
  /** Where to get paid extended support (site.yaml's extended_support_url), if the site says. */
  extendedSupportUrl?: string;
  /** Newest first, as in releases.yaml. */
  branches: CheckBranch[];
  advisories: CheckAdvisory[];
}

/** One advisory affecting the reader's version, with its fix as seen from their branch. */
export interface Finding {
  advisory: CheckAdvisory;
  /** The fixed version of the range holding the reader's version, when it is on their branch. */
  fixedOnBranch?: string;
  /** Otherwise that range's fix on a later branch (the reader's branch got none). */
  fixedLater?: string;
}

export type CheckResult =
  | { kind: 'not-a-version'; input: string; message: string }
  | { kind: 'choose-package'; input: string; message: string }
  | {
      kind: 'version';
      version: string;
      branch: string;
      /** The branch's entry in releases.yaml, if it has one. */
      support?: CheckBranch;
      /** Non-withdrawn advisories that affect the version: highest severity first, then newest. */
      findings: Finding[];
      /** Absent when nothing affects the version. */
      stay?: StayAnswer;
      /** Absent when nothing affects the version, or when staying already fixes everything on a supported branch. */
      move?: MoveAnswer;
      notes: string[];
    };

export { affectedPackages, affects } from './affects.ts';

/** Accepts what people paste: surrounding spaces and a leading `v` (`v5.2.3`). */
export function normaliseVersion(input: string, o: VersionOrdering = DEFAULT_ORDERING): string | undefined {
  const trimmed = input.trim();
  if (isVersion(trimmed, o)) return trimmed;
  const candidate = trimmed.replace(/^v(?=\d)/i, '');
  return isVersion(candidate, o) ? candidate : undefined;
}

export const isStable = (version: string, o: VersionOrdering = DEFAULT_ORDERING) => !o.prerelease(version);

/** The advisory's fix seen from the reader's version: the fixed end of the range that holds it. */
export function findingFor(advisory: CheckAdvisory, version: string, o: VersionOrdering = DEFAULT_ORDERING): Finding {
  const fixes = advisory.affected
    .flatMap((p) => p.ranges.filter((r) => r.fixed !== undefined && inRange(version, r, o)).map((r) => r.fixed!))
    .sort((a, b) => compareVersions(a, b, o));
  const branch = branchOf(version, o);
  const onBranch = fixes.find((v) => branchOf(v, o) === branch);
  return { advisory, fixedOnBranch: onBranch, fixedLater: onBranch ? undefined : fixes[0] };
}

/**
 * The data as seen by a reader of one package, on a site where each package has its own line:
 * that package's branches, and each advisory's entries for that package only.
 */
export function forPackage(data: CheckData, pkg: string): CheckData {
  return {
    ...data,
    branches: data.branches.filter((b) => b.package === undefined || b.package === pkg),
    advisories: data.advisories.flatMap((a) => {
      const affected = a.affected.filter((p) => p.package === pkg);
      return affected.length > 0 ? [{ ...a, affected }] : [];
    }),
  };
}

/** The whole answer for one visitor's input (and, where each package has its own line, the package they chose). */
export function checkVersion(input: string, all: CheckData, pkg?: string): CheckResult {
  if (all.severalLines && (pkg === undefined || !all.packages.includes(pkg))) {
    return { kind: 'choose-package', input, message: `Choose the package you run: each of ${all.packages.join(', ')} has its own versions.` };
  }
  const data = all.severalLines && pkg !== undefined ? forPackage(all, pkg) : all;
  const ecosystem = all.ecosystems?.[pkg ?? all.packages[0] ?? ''];
  const o = orderingOf(ecosystem) ?? DEFAULT_ORDERING;
  const version = normaliseVersion(input, o);
  if (!version) {
    const shown = input.trim() === '' ? 'Nothing was entered' : `“${input.trim()}” is not a version number`;
    return {
      kind: 'not-a-version',
      input,
      message:
        o.semverLike
          ? `${shown}. Enter a full version number such as 1.2.3 (major.minor.patch); no advisories are listed for anything else.`
          : `${shown}. Enter ${o.example}; no advisories are listed for anything else.`,
    };
  }
  const branch = branchOf(version, o);
  const support = data.branches.find((b) => b.branch === branch);
  const affecting = data.advisories.filter((a) => !a.withdrawn && affects(a, version, o)).sort(bySeverityThenDate);
  const notes: string[] = [];
  if (!isStable(version, o)) {
    notes.push(`${version} is a pre-release. Pre-releases are not meant for production; this answer comes from the advisories’ version ranges.`);
  } else if (!support?.releases.some((r) => r.version === version)) {
    notes.push(`${version} is not a release listed for this site; this answer comes from the advisories’ version ranges.`);
  }
  if (!support) notes.push(`The ${branch} branch is not listed in the release data, so its support status is unknown.`);
  const findings = affecting.map((a) => findingFor(a, version, o));
  if (affecting.length === 0) return { kind: 'version', version, branch, support, findings, notes };
  const stay = stayAnswer(version, affecting, support, data, o);
  const move = support?.supported && stay?.remaining.length === 0 ? undefined : moveAnswer(version, affecting, data, o);
  return { kind: 'version', version, branch, support, findings, stay, move, notes };
}
