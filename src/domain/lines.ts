/**
 * Version lines: which ordering each package's versions follow (its ecosystem's, ecosystems.ts)
 * and which branches of releases.yaml hold them. A site whose branches name no package has one
 * line that every package shares (Mautic's core packages); once the packages' ecosystems differ,
 * or a branch names its package, each package has its own line and every branch must say whose.
 */
import { DEFAULT_ORDERING, type VersionOrdering, orderingOf } from './ecosystems.ts';

export interface SitePackages {
  packages: readonly { name: string; ecosystem: string }[];
}

/** The ordering of a package's versions, or undefined for a package or ecosystem Disclose cannot order. */
export function packageOrdering(site: SitePackages, pkg: string): VersionOrdering | undefined {
  return orderingOf(site.packages.find((p) => p.name === pkg)?.ecosystem);
}

/** The one ordering every package of the site follows, or undefined when they differ. */
export function sharedOrdering(site: SitePackages): VersionOrdering | undefined {
  const orderings = new Set(site.packages.map((p) => orderingOf(p.ecosystem)));
  return orderings.size === 1 ? [...orderings][0] : undefined;
}

/** Whether the site has more than one version line, so that every branch must name its package. */
export function hasSeveralLines(site: SitePackages, branches: readonly { package?: string }[]): boolean {
  return branches.some((b) => b.package !== undefined) || sharedOrdering(site) === undefined;
}

/** The ordering of a branch's versions: its package's, or the one the site's packages share. */
export function branchOrdering(site: SitePackages, branch: { package?: string }): VersionOrdering | undefined {
  return branch.package === undefined ? sharedOrdering(site) : packageOrdering(site, branch.package);
}

/**
 * For pages and exports, where content has already passed check: a package's ordering, or
 * semver for one the site does not list (a check problem already).
 */
export function orderingFor(site: SitePackages, pkg: string): VersionOrdering {
  return packageOrdering(site, pkg) ?? DEFAULT_ORDERING;
}

/** Does this branch hold this package's versions: its own line, or the line all packages share? */
export const branchHolds = (branch: { package?: string }, pkg: string): boolean => branch.package === undefined || branch.package === pkg;
