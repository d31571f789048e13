/** Lookups over releases.yaml: which versions exist, when they shipped, which branch holds them. */
import type { Branch, Release } from './model.ts';

export interface ReleaseIndex {
  /** Every listed release by version. */
  byVersion: Map<string, Release & { branch: string }>;
}

export function indexReleases(branches: readonly Branch[]): ReleaseIndex {
  const byVersion = new Map<string, Release & { branch: string }>();
  for (const b of branches) for (const r of b.releases) byVersion.set(r.version, { ...r, branch: b.branch });
  return { byVersion };
}

