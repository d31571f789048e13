/**
 * Lookups over releases.yaml: which versions exist, when they shipped, which branch holds them.
 * A branch that names its package (`package:`) holds that package's versions only; a branch
 * without one holds every package's, as when all packages share one version line. So a fixed
 * version is looked up in its own package's line: `ws` 5.2.4 is not actionpack's 5.2.
 */
import type { Branch, Release } from './model.ts';

export type IndexedRelease = Release & { branch: string };

export interface ReleaseIndex {
  /** Releases of branches without a package (the line every package shares), by version. */
  byVersion: Map<string, IndexedRelease>;
  /** Releases of branches that name their package: by package, then version. */
  byPackage: Map<string, Map<string, IndexedRelease>>;
}

export function indexReleases(branches: readonly Branch[]): ReleaseIndex {
  const byVersion = new Map<string, IndexedRelease>();
  const byPackage = new Map<string, Map<string, IndexedRelease>>();
  for (const b of branches) {
    const into = b.package === undefined ? byVersion : (byPackage.get(b.package) ?? byPackage.set(b.package, new Map()).get(b.package)!);
    for (const r of b.releases) into.set(r.version, { ...r, branch: b.branch });
  }
  return { byVersion, byPackage };
}

/** The release of `version` in `pkg`'s line: the package's own branches first, then the shared ones. */
export function releaseOf(index: ReleaseIndex, pkg: string | undefined, version: string): IndexedRelease | undefined {
  return (pkg === undefined ? undefined : index.byPackage.get(pkg)?.get(version)) ?? index.byVersion.get(version);
}
