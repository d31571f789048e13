/**
 * The headline severity (README, "Frontmatter"): the risk level where there is one, else the CVSS rating of
 * the newest CVSS version given, else the qualitative label. Always a word and a score in text,
 * so colour never carries it alone.
 */
import type { Risk } from './risk.ts';
import type { Cvss } from './cvss.ts';

export interface Headline {
  source: 'risk' | 'cvss' | 'label';
  /** "Moderately critical", "High", "Moderate". */
  label: string;
  /** "12/25", "8.3", or undefined for a bare label. */
  score?: string;
  /** The vector the headline comes from. */
  vector?: string;
  /** 0 (lowest) to 4 (highest), for sorting and styling. */
  rank: number;
}

const CVSS_ORDER: Record<Cvss['version'], number> = { '3.0': 0, '3.1': 1, '4.0': 2 };
const CVSS_RANK: Record<Cvss['rating'], number> = { None: 0, Low: 1, Medium: 2, High: 3, Critical: 4 };
const LABEL_RANK = { low: 1, moderate: 2, high: 3, critical: 4 } as const;
const RISK_RANK: Record<Risk['level'], number> = {
  'Not critical': 0,
  'Less critical': 1,
  'Moderately critical': 2,
  Critical: 3,
  'Highly critical': 4,
};

/** The CVSS vector of the newest version given. */
export function newestCvss(cvss: readonly Cvss[]): Cvss | undefined {
  return [...cvss].sort((a, b) => CVSS_ORDER[b.version] - CVSS_ORDER[a.version])[0];
}

export function headline(a: { risk?: Risk; cvss: readonly Cvss[]; severity?: keyof typeof LABEL_RANK }): Headline {
  if (a.risk) {
    return { source: 'risk', label: a.risk.level, score: `${a.risk.score}/25`, vector: a.risk.vector, rank: RISK_RANK[a.risk.level] };
  }
  const cvss = newestCvss(a.cvss);
  if (cvss) {
    return { source: 'cvss', label: cvss.rating, score: cvss.score.toFixed(1), vector: cvss.vector, rank: CVSS_RANK[cvss.rating] };
  }
  if (a.severity) {
    return { source: 'label', label: a.severity[0]!.toUpperCase() + a.severity.slice(1), rank: LABEL_RANK[a.severity] };
  }
  throw new Error('an advisory without risk, cvss or severity passed validation');
}

/** "Moderately critical 12/25", "High 8.3", "Moderate". */
export function formatHeadline(h: Headline): string {
  return h.score ? `${h.label} ${h.score}` : h.label;
}

