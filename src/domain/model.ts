/**
 * The content as the rest of the code sees it, once read and normalised: plain TypeScript
 * types with no validation library behind them. The schemas in src/corpus/schemas/ produce
 * exactly these shapes (each schema file asserts it at compile time), so domain rules, outputs
 * and pages depend on this file rather than on the schemas. See ARCHITECTURE.md.
 */
import type { Duration } from 'date-fns';
import type { Cvss } from './cvss.ts';
import type { Risk, RiskLevel } from './risk.ts';

export const STATUSES = ['draft', 'embargoed', 'published', 'withdrawn'] as const;
export type Status = (typeof STATUSES)[number];

export const SEVERITY_LABELS = ['low', 'moderate', 'high', 'critical'] as const;
export type SeverityLabel = (typeof SEVERITY_LABELS)[number];

export const CREDIT_TYPES = [
  'finder',
  'reporter',
  'analyst',
  'coordinator',
  'remediation_developer',
  'remediation_reviewer',
  'remediation_verifier',
  'tool',
  'sponsor',
  'other',
] as const;
export type CreditType = (typeof CREDIT_TYPES)[number];

export const REFERENCE_TYPES = ['advisory', 'article', 'detection', 'discussion', 'report', 'fix', 'introduced', 'git', 'package', 'evidence', 'web'] as const;
export type ReferenceType = (typeof REFERENCE_TYPES)[number];

export const TIMELINE_STEPS = ['reported', 'acknowledged', 'first_response', 'fixed'] as const;
export type TimelineStep = (typeof TIMELINE_STEPS)[number];

export interface Range {
  /** "0" for every version before the fix. */
  introduced: string;
  fixed?: string;
  last_affected?: string;
}

export interface AffectedPackage {
  package: string;
  ranges: Range[];
  versions: string[];
}

export interface Credit {
  name: string;
  type: CreditType;
  contact: string[];
}

export interface Reference {
  type: ReferenceType;
  url: string;
}

export type Timeline = Partial<Record<TimelineStep, Date>>;

export interface Revision {
  date: Date;
  summary: string;
}

export interface Advisory {
  title: string;
  summary: string;
  status: Status;
  published: Date;
  updated?: Date;
  withdrawn?: Date;
  risk?: Risk;
  risk_level?: RiskLevel;
  cvss: Cvss[];
  severity?: SeverityLabel;
  cve: string[];
  ghsa: string[];
  /** Other identifiers of the same flaw (PYSEC-…, GO-…, RUSTSEC-…, OSV-…), exported as OSV aliases. */
  aliases: string[];
  cwe: string[];
  components: string[];
  affected: AffectedPackage[];
  credits: Credit[];
  timeline?: Timeline;
  references: Reference[];
  revisions: Revision[];
  /** Where an imported advisory came from (`npm run import`); absent for advisories written here. */
  source?: Source;
}

/**
 * The OSV record an advisory was imported from: its id and `modified` as last imported, and a
 * digest of each prose field as imported, so a re-import can tell the maintainer's edits (kept)
 * from text that is still the record's (updated).
 */
export interface Source {
  id: string;
  modified: Date;
  prose: { title: string; summary: string; body: string };
}

export interface Release {
  version: string;
  /**
   * When it shipped. When `exact` is false this is only an upper bound (releases.yaml's
   * `released_by`): the release was out by then, and counts as released from then on.
   */
  date: Date;
  /** False when releases.yaml gives `released_by` instead of `date`; shown as "by <date>". */
  exact: boolean;
  security: boolean;
}

/**
 * The end of a support phase as releases.yaml gives it: a day, or `'unknown'` when the phase
 * is over but no record gives the day. A phase with no end announced yet has no value at all.
 */
export type SupportEnd = Date | 'unknown';

export interface Branch {
  branch: string;
  /**
   * The package whose version line this is (releases.yaml's optional `package`); absent when
   * the branch applies to every package of the site, as Mautic's packages share one line.
   */
  package?: string;
  /** The branch's key in URLs and feeds: `branch`, or `<package slug>-<branch>` for a package's own line. */
  id: string;
  /** The first release of the branch; an upper bound when `released_exact` is false (`released_by`). */
  released: Date;
  released_exact: boolean;
  active_support_until?: SupportEnd;
  security_support_until?: SupportEnd;
  extended_support_until?: SupportEnd;
  lts: boolean;
  releases: Release[];
}

/** A duration as written (`P7D`) and parsed. */
export interface Target {
  iso: string;
  duration: Duration;
}

export interface Site {
  name: string;
  project: string;
  url: string;
  id_prefix: string;
  contact: string;
  packages: { name: string; ecosystem: string }[];
  components: string[];
  targets: { acknowledge: Target; respond: Target; resolve: Target };
  security_releases: { months: number[]; notice_days: number };
  security_txt: { expires_days: number; languages: string[] };
  extended_support_url?: string;
  policy_page?: string;
}

export interface Announcement {
  title: string;
  published: Date;
  release_date: Date;
  branches: string[];
  highest_risk: RiskLevel;
}

export interface Page {
  title: string;
  description: string;
  order?: number;
}

/** One person or organisation in credits.yaml: the name to show, the other spellings, a profile. */
export interface Person {
  name: string;
  aliases: string[];
  url?: string;
}

/** One content file once read: its id (the file name), where it is, its fields and its body. */
export interface Entry<T> {
  /** The file name without extension: the advisory id or the page slug. */
  id: string;
  /** The file as named in messages. */
  file: string;
  data: T;
  body: string;
  /** 1-based line where the body starts, for error positions. */
  bodyLine: number;
}
