/**
 * NIST IR 7864 (Common Misuse Scoring System) risk, scored the way Drupal's security risk
 * calculator scores it: six metrics whose points add up to 0–25, then five level bands.
 */

export const RISK_METRICS = {
  AC: { name: 'Access complexity', values: { None: 4, Basic: 2, Complex: 1 } },
  A: { name: 'Authentication', values: { None: 4, User: 2, Admin: 1 } },
  CI: { name: 'Confidentiality impact', values: { All: 5, Some: 3, None: 0 } },
  II: { name: 'Integrity impact', values: { All: 5, Some: 3, None: 0 } },
  E: { name: 'Exploit', values: { Exploit: 4, Proof: 2, Theoretical: 1 } },
  TD: { name: 'Target distribution', values: { All: 3, Default: 2, Uncommon: 1 } },
} as const;

export type RiskMetric = keyof typeof RISK_METRICS;
export const RISK_METRIC_ORDER = Object.keys(RISK_METRICS) as RiskMetric[];

/** Level bands, lowest first; a score belongs to the last band whose `min` it reaches. */
export const RISK_LEVELS = [
  { min: 0, level: 'Not critical' },
  { min: 5, level: 'Less critical' },
  { min: 10, level: 'Moderately critical' },
  { min: 15, level: 'Critical' },
  { min: 20, level: 'Highly critical' },
] as const;

export type RiskLevel = (typeof RISK_LEVELS)[number]['level'];
export const RISK_LEVEL_NAMES = RISK_LEVELS.map((l) => l.level) as RiskLevel[];

export interface Risk {
  /** The vector in canonical metric order, e.g. `AC:Basic/A:User/CI:Some/II:Some/E:Theoretical/TD:Default`. */
  vector: string;
  metrics: Record<RiskMetric, string>;
  score: number;
  level: RiskLevel;
}

export function riskLevel(score: number): RiskLevel {
  let level: RiskLevel = 'Not critical';
  for (const band of RISK_LEVELS) if (score >= band.min) level = band.level;
  return level;
}

export type RiskResult = { ok: true; risk: Risk } | { ok: false; errors: string[] };

const allowed = (m: RiskMetric) => Object.keys(RISK_METRICS[m].values).join(' | ');

/** Parses a vector, reporting every fault in it: unknown, repeated, missing metrics and bad values. */
export function parseRisk(input: string): RiskResult {
  const errors: string[] = [];
  const metrics: Partial<Record<RiskMetric, string>> = {};
  const named = new Set<string>();
  const parts = input.trim().split('/');
  for (const part of parts) {
    const [key, value, ...rest] = part.split(':');
    if (!key || value === undefined || rest.length > 0) {
      errors.push(`"${part}" is not a METRIC:Value pair (write it like AC:Basic)`);
      continue;
    }
    if (!(key in RISK_METRICS)) {
      errors.push(`unknown metric ${key} (want one of ${RISK_METRIC_ORDER.join(', ')})`);
      continue;
    }
    const metric = key as RiskMetric;
    if (named.has(metric)) {
      errors.push(`metric ${metric} appears more than once (give each metric exactly once)`);
      continue;
    }
    named.add(metric);
    if (!(value in RISK_METRICS[metric].values)) {
      errors.push(`${metric} has unknown value "${value}" (want ${allowed(metric)})`);
      continue;
    }
    metrics[metric] = value;
  }
  const missing = RISK_METRIC_ORDER.filter((m) => !named.has(m));
  if (missing.length > 0) {
    errors.push(`missing metric${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (a vector names all six: ${RISK_METRIC_ORDER.join(', ')})`);
  }
  if (errors.length > 0) return { ok: false, errors };
  const full = metrics as Record<RiskMetric, string>;
  let score = 0;
  for (const m of RISK_METRIC_ORDER) score += (RISK_METRICS[m].values as Record<string, number>)[full[m]]!;
  return {
    ok: true,
    risk: {
      vector: RISK_METRIC_ORDER.map((m) => `${m}:${full[m]}`).join('/'),
      metrics: full,
      score,
      level: riskLevel(score),
    },
  };
}

