/**
 * The facts the version check needs, taken from the public advisories and releases.yaml at the
 * build instant: `/api/affected.json`, which `/check/` fetches, and the per-branch pages. Only
 * public advisories come in (the caller passes siteData's list), so only public data goes out.
 */
import type { AffectedPackage, Branch } from '../../domain/model.ts';
import { isoDate, isoInstant } from '../../domain/dates.ts';
import { describeSupport, isSupported, releaseAccess, supportTable } from '../../domain/support.ts';
import { type FeedFormat, branchScope, paths } from '../../domain/urls.ts';
import { type SitePackages, branchHolds, hasSeveralLines, orderingFor } from '../../domain/lines.ts';

/** Ecosystems whose versions are plain semver, which the version check reads by default. */
const SEMVER_ECOSYSTEMS = ['npm', 'crates.io'];
import { affectsBranch, branchOf, compareVersions, rangeTouchesBranch } from '../../domain/versions.ts';
import type { CheckAdvisory, CheckBranch, CheckData } from '../../domain/version-check.ts';

/** The slice of a public advisory these functions read (siteData's PublicAdvisory has it). */
export interface AdvisoryFacts {
  id: string;
  withdrawn: boolean;
  headline: { label: string; score?: string; rank: number };
  data: { title: string; published: Date; cve: string[]; ghsa: string[]; affected: AffectedPackage[] };
}

export function toCheckAdvisory(a: AdvisoryFacts): CheckAdvisory {
  return {
    id: a.id,
    title: a.data.title,
    severity: a.headline.label,
    ...(a.headline.score ? { score: a.headline.score } : {}),
    rank: a.headline.rank,
    published: isoInstant(a.data.published),
    url: paths.advisory(a.id),
    cve: a.data.cve,
    ghsa: a.data.ghsa,
    withdrawn: a.withdrawn,
    affected: a.data.affected.map((p) => ({ package: p.package, ranges: p.ranges, versions: p.versions })),
  };
}

export interface CheckDataInput {
  now: Date;
  site: SitePackages & { extended_support_url?: string };
  branches: readonly Branch[];
  advisories: readonly AdvisoryFacts[];
  /** Branches that have their own feeds (feed-model.ts decides which). */
  feedBranches?: readonly string[];
}

/** `/api/affected.json`: branches released by `now` with their shipped releases, and every public advisory. */
export function toCheckData({ now, site, branches, advisories, feedBranches = [] }: CheckDataInput): CheckData {
  // Plain semver needs no word; any other ordering, or a line per package, travels with the data.
  const severalLines = hasSeveralLines(site, branches);
  const ecosystems = severalLines || site.packages.some((p) => !SEMVER_ECOSYSTEMS.includes(p.ecosystem)) ? Object.fromEntries(site.packages.map((p) => [p.name, p.ecosystem])) : undefined;
  return {
    generated: isoInstant(now),
    packages: site.packages.map((p) => p.name),
    ...(ecosystems ? { ecosystems } : {}),
    ...(severalLines ? { severalLines } : {}),
    ...(site.extended_support_url ? { extendedSupportUrl: site.extended_support_url } : {}),
    branches: supportTable(branches, now, site).map(({ branch, support, ordering }): CheckBranch => {
      const end = branch.security_support_until;
      const feed = (f: FeedFormat) => paths.scopedFeed(branchScope(branch), f);
      return {
        branch: branch.branch,
        ...(branch.package === undefined ? {} : { package: branch.package }),
        status: support.status,
        ...(support.phase ? { phase: support.phase } : {}),
        statusText: describeSupport(support, now),
        supported: isSupported(support),
        ...(end === undefined ? {} : { securitySupportUntil: end === 'unknown' ? 'unknown' : isoDate(end) }),
        releases: branch.releases
          .filter((r) => r.date <= now)
          .sort((a, b) => compareVersions(a.version, b.version, ordering))
          .map((r) => ({ version: r.version, date: isoDate(r.date), dateExact: r.exact, access: releaseAccess(branch, r, ordering) })),
        url: paths.branch(branch.id),
        ...(feedBranches.includes(branch.id) ? { feeds: { rss: feed('rss'), atom: feed('atom'), json: feed('json') } } : {}),
      };
    }),
    advisories: advisories.map(toCheckAdvisory),
  };
}

export interface BranchAdvisory<A> {
  advisory: A;
  /** Per affected package: the fix on this branch, or the nearest later fix when the branch has none. */
  fixes: { package: string; onBranch?: string; later?: string }[];
}

/**
 * The advisories that affect a branch (withdrawn ones do not), each with its fix there. A range
 * that reaches into the branch but ends on a later one (2.10.0 → 5.2.10 seen from 4.4) means the
 * branch itself got no fix.
 */
export function branchAdvisories<A extends AdvisoryFacts>(branch: Pick<Branch, 'branch' | 'package'>, advisories: readonly A[], site: SitePackages): BranchAdvisory<A>[] {
  // Only the packages whose line this is, each in its own ecosystem's ordering.
  const touches = (p: AffectedPackage) => branchHolds(branch, p.package) && affectsBranch(p, branch.branch, orderingFor(site, p.package));
  return advisories
    .filter((a) => !a.withdrawn && a.data.affected.some(touches))
    .map((advisory) => ({
      advisory,
      fixes: advisory.data.affected
        .filter(touches)
        .map((p) => {
          const o = orderingFor(site, p.package);
          const ends = p.ranges
            .filter((r) => rangeTouchesBranch(r, branch.branch, o) && r.fixed)
            .map((r) => r.fixed!)
            .sort((a, b) => compareVersions(a, b, o));
          const onBranch = ends.find((v) => branchOf(v, o) === branch.branch);
          return { package: p.package, onBranch, later: onBranch ? undefined : ends[0] };
        }),
    }));
}
