/**
 * Advisory facts arranged for readers: credits by role, references by type, upgrade steps per
 * branch and the list grouped by year. Pure functions over parsed frontmatter, shared by pages.
 */
import type { AffectedPackage } from '../../domain/model.ts';
import type { CREDIT_TYPES } from '../../domain/model.ts';
import type { REFERENCE_TYPES } from '../../domain/model.ts';
import { type VersionOrdering, branchOf, compareVersions } from '../../domain/versions.ts';
import { DEFAULT_ORDERING } from '../../domain/ecosystems.ts';

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

export interface UpgradeStep {
  /** "5.2", or undefined when the affected line names no fix. */
  branch?: string;
  /** The version to upgrade to on that branch. */
  fixed?: string;
  /** What a user on that line should do, in one sentence. */
  advice: string;
}

/** One step per affected line, lowest branch first: which version fixes it, or that nothing does. */
export function upgradeSteps(pkg: AffectedPackage, o: VersionOrdering = DEFAULT_ORDERING): UpgradeStep[] {
  const steps = pkg.ranges.map((r): UpgradeStep => {
    if (r.fixed) {
      const branch = branchOf(r.fixed, o);
      return { branch, fixed: r.fixed, advice: `On the ${branch} branch, upgrade to ${r.fixed} or later.` };
    }
    const upTo = r.last_affected ? ` up to ${r.last_affected}` : '';
    const from = r.introduced === '0' ? 'every version' : `versions from ${r.introduced}`;
    return { advice: `No fix was released for ${from}${upTo}; move to a supported branch.` };
  });
  return steps.sort((a, b) => (a.fixed && b.fixed ? compareVersions(a.fixed, b.fixed, o) : a.fixed ? -1 : b.fixed ? 1 : 0));
}

/** The fixed versions a package's ranges name, lowest first. */
export function fixedVersions(pkg: AffectedPackage, o: VersionOrdering = DEFAULT_ORDERING): string[] {
  return pkg.ranges.flatMap((r) => (r.fixed ? [r.fixed] : [])).sort((a, b) => compareVersions(a, b, o));
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
