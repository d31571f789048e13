/**
 * Affected packages as a reader takes them in: packages whose ranges and listed versions are
 * identical (Mautic's mautic/core and mautic/core-lib share one version line) form one group, so
 * pages and feeds state each range once and name every package it applies to.
 */
import type { VersionRange } from './versions.ts';
import { compareVersions } from './versions.ts';

export interface AffectedInput {
  package: string;
  ranges: readonly VersionRange[];
  versions: readonly string[];
}

export interface AffectedGroup {
  packages: string[];
  ranges: VersionRange[];
  versions: string[];
}

const key = (p: AffectedInput) =>
  JSON.stringify([p.ranges.map((r) => [r.introduced, r.fixed ?? null, r.last_affected ?? null]), [...p.versions].sort()]);

/** Packages with the same ranges and versions merged, in the order the content first names them. */
export function groupAffected(affected: readonly AffectedInput[]): AffectedGroup[] {
  const groups = new Map<string, AffectedGroup>();
  for (const p of affected) {
    const k = key(p);
    const group = groups.get(k);
    if (group) group.packages.push(p.package);
    else groups.set(k, { packages: [p.package], ranges: p.ranges.map((r) => ({ ...r })), versions: [...p.versions] });
  }
  return [...groups.values()];
}

/** "From 2.6.0 up to, not including, 4.4.13"; "Every version up to and including 1.2.0"; "From 3.0.0 onwards". */
export function describeRange(r: VersionRange): string {
  const from = r.introduced === '0' ? 'Every version' : `From ${r.introduced}`;
  if (r.fixed) return `${from} up to, not including, ${r.fixed}`;
  if (r.last_affected) return `${from} up to and including ${r.last_affected}`;
  return `${from} onwards`;
}

/** Every version that fixes some range, lowest first, each once. */
export function fixedVersionsOf(affected: readonly AffectedInput[]): string[] {
  const all = new Set(affected.flatMap((p) => p.ranges.flatMap((r) => (r.fixed ? [r.fixed] : []))));
  return [...all].sort(compareVersions);
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
