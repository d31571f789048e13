/**
 * Advisory facts arranged for readers: credits by role, references by type, the supported
 * branches an advisory does not reach and the list grouped by year. Pure functions over parsed frontmatter, shared by pages.
 */
import type { AffectedPackage } from '../../domain/model.ts';
import type { CREDIT_TYPES } from '../../domain/model.ts';
import type { REFERENCE_TYPES } from '../../domain/model.ts';
import { affectsBranch } from '../../domain/versions.ts';
import { type SitePackages, branchHolds, orderingFor } from '../../domain/lines.ts';
import { branchId, branchLabel } from '../../domain/urls.ts';
import type { SupportStatus } from '../../domain/support.ts';

type CreditType = (typeof CREDIT_TYPES)[number];
type ReferenceType = (typeof REFERENCE_TYPES)[number];

const CREDIT_LABELS: Record<CreditType, string> = {
  finder: 'Found by',
  reporter: 'Reported by',
  analyst: 'Analysed by',
  coordinator: 'Coordinated by',
  remediation_developer: 'Fixed by',
  remediation_reviewer: 'Fix reviewed by',
  remediation_verifier: 'Fix verified by',
  tool: 'Found with',
  sponsor: 'Sponsored by',
  other: 'Also credited',
};

const REFERENCE_LABELS: Record<ReferenceType, string> = {
  advisory: 'Advisories',
  article: 'Articles',
  detection: 'Detection',
  discussion: 'Discussion',
  report: 'Reports',
  fix: 'Fixes',
  introduced: 'Where it was introduced',
  git: 'Repositories',
  package: 'Packages',
  evidence: 'Evidence',
  web: 'Other links',
};

export interface Group<T> {
  key: string;
  label: string;
  items: T[];
}

/** Groups items in the order the keys are first seen, labelled for display. */
function groupBy<T, K extends string>(items: readonly T[], key: (item: T) => K, labels: Record<K, string>): Group<T>[] {
  const groups = new Map<K, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups].map(([k, list]) => ({ key: k, label: labels[k], items: list }));
}

export function creditsByRole<T extends { type: CreditType }>(credits: readonly T[]): Group<T>[] {
  return groupBy(credits, (c) => c.type, CREDIT_LABELS);
}

export function referencesByType<T extends { type: ReferenceType }>(references: readonly T[]): Group<T>[] {
  return groupBy(references, (r) => r.type, REFERENCE_LABELS);
}

/** Items grouped by the UTC year of a date, keeping their order (newest first in, newest first out). */
export function byYear<T>(items: readonly T[], date: (item: T) => Date): { year: number; items: T[] }[] {
  const years = new Map<number, T[]>();
  for (const item of items) {
    const y = date(item).getUTCFullYear();
    years.set(y, [...(years.get(y) ?? []), item]);
  }
  return [...years].map(([year, list]) => ({ year, items: list }));
}

/** A branch that still gets fixes, free or paid, and that none of an advisory's packages reach. */
export interface UnaffectedBranch {
  /** The branch's key in URLs (branchId). */
  id: string;
  /** How the branch is named in text: `5.2`, or `ws 5.2` for one package's own line. */
  label: string;
  status: SupportStatus;
}

/**
 * The supported branches (and those in extended support) an advisory does not affect, newest
 * first: what a reader on those lines needs to hear is that they need do nothing.
 */
export function unaffectedBranches(
  affected: readonly AffectedPackage[],
  table: readonly { branch: { branch: string; package?: string }; support: { status: SupportStatus } }[],
  site: SitePackages,
): UnaffectedBranch[] {
  return table
    .filter((row) => row.support.status !== 'end of life')
    .filter((row) => !affected.some((p) => branchHolds(row.branch, p.package) && affectsBranch(p, row.branch.branch, orderingFor(site, p.package))))
    .map((row) => ({ id: branchId(row.branch), label: branchLabel(row.branch), status: row.support.status }));
}
