/**
 * The facts the version check needs, taken from the public advisories and releases.yaml at the
 * build instant: `/api/affected.json`, which `/check/` fetches, and the per-branch pages. Only
 * public advisories come in (the caller passes siteData's list), so only public data goes out.
 */
import type { Branch } from '../../domain/model.ts';
import type { AffectedPackage } from '../../domain/model.ts';
import { isoInstant } from '../../domain/dates.ts';
import { isSupported, supportTable } from '../../domain/support.ts';
import { paths } from '../../domain/urls.ts';
import { affectsBranch, branchOf, compareVersions, rangeTouchesBranch } from '../../domain/versions.ts';
import type { CheckAdvisory, CheckData } from '../../domain/version-check.ts';

/** The slice of a public advisory these functions read (siteData's PublicAdvisory has it). */
export interface AdvisoryFacts {
  id: string;
  withdrawn: boolean;
  headline: { label: string };
  data: { title: string; cve: string[]; ghsa: string[]; affected: AffectedPackage[] };
}

export function toCheckAdvisory(a: AdvisoryFacts): CheckAdvisory {
  return {
    id: a.id,
    title: a.data.title,
    severity: a.headline.label,
    url: paths.advisory(a.id),
    cve: a.data.cve,
    ghsa: a.data.ghsa,
    withdrawn: a.withdrawn,
    affected: a.data.affected.map((p) => ({ package: p.package, ranges: p.ranges, versions: p.versions })),
  };
}

/** `/api/affected.json`: branches released by `now` with their shipped releases, and every public advisory. */
export function toCheckData(args: { now: Date; packages: readonly { name: string }[]; branches: readonly Branch[]; advisories: readonly AdvisoryFacts[] }): CheckData {
  const { now } = args;
  return {
    generated: isoInstant(now),
    packages: args.packages.map((p) => p.name),
    branches: supportTable(args.branches, now).map(({ branch, status }) => ({
      branch: branch.branch,
      status,
      supported: isSupported(status),
      releases: branch.releases
        .filter((r) => r.date <= now)
        .map((r) => r.version)
        .sort(compareVersions),
    })),
    advisories: args.advisories.map(toCheckAdvisory),
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
export function branchAdvisories<A extends AdvisoryFacts>(branch: string, advisories: readonly A[]): BranchAdvisory<A>[] {
  return advisories
    .filter((a) => !a.withdrawn && a.data.affected.some((p) => affectsBranch(p, branch)))
    .map((advisory) => ({
      advisory,
      fixes: advisory.data.affected
        .filter((p) => affectsBranch(p, branch))
        .map((p) => {
          const ends = p.ranges
            .filter((r) => rangeTouchesBranch(r, branch) && r.fixed)
            .map((r) => r.fixed!)
            .sort(compareVersions);
          const onBranch = ends.find((v) => branchOf(v) === branch);
          return { package: p.package, onBranch, later: onBranch ? undefined : ends[0] };
        }),
    }));
}
