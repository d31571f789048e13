/**
 * Affected packages as a reader takes them in: packages whose ranges and listed versions are
 * identical (Mautic's mautic/core and mautic/core-lib share one version line) form one group, so
 * pages and feeds state each range once and name every package it applies to.
 */
import type { VersionRange } from './versions.ts';
import { DEFAULT_ORDERING, type VersionOrdering } from './ecosystems.ts';

/** A package's version ordering (lines.ts's orderingFor, bound to the site). */
export type OrderingOf = (pkg: string) => VersionOrdering;
const semverOnly: OrderingOf = () => DEFAULT_ORDERING;

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

const key = (p: AffectedInput, ordering: number) =>
  JSON.stringify([ordering, p.ranges.map((r) => [r.introduced, r.fixed ?? null, r.last_affected ?? null]), [...p.versions].sort()]);

/** Packages with the same ranges and versions merged, in the order the content first names them. */
export function groupAffected(affected: readonly AffectedInput[], orderingOf: OrderingOf = semverOnly): AffectedGroup[] {
  // Packages of different ecosystems never share a group: the same text is not the same version.
  const orderings: VersionOrdering[] = [];
  const orderingIndex = (pkg: string) => {
    const o = orderingOf(pkg);
    if (!orderings.includes(o)) orderings.push(o);
    return orderings.indexOf(o);
  };
  const groups = new Map<string, AffectedGroup>();
  for (const p of affected) {
    const k = key(p, orderingIndex(p.package));
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

/**
 * Every version that fixes some range, each once: lowest first where the packages share one
 * ordering, else package by package (versions of unrelated lines have no common order).
 */
export function fixedVersionsOf(affected: readonly AffectedInput[], orderingOf: OrderingOf = semverOnly): string[] {
  const fixes = (p: AffectedInput) => p.ranges.flatMap((r) => (r.fixed ? [r.fixed] : []));
  const orderings = new Set(affected.map((p) => orderingOf(p.package)));
  if (orderings.size <= 1) {
    const o = [...orderings][0] ?? DEFAULT_ORDERING;
    return [...new Set(affected.flatMap(fixes))].sort((a, b) => o.compare(a, b));
  }
  const ordered = affected.flatMap((p) => {
    const o = orderingOf(p.package);
    return [...fixes(p)].sort((a, b) => o.compare(a, b));
  });
  return [...new Set(ordered)];
}

/** "a", "a and b", "a, b and c". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
