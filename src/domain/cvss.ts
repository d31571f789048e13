/**
 * CVSS 3.0, 3.1 and 4.0 vectors: strict validation here, scoring by ae-cvss-calculator (which
 * matched every official test vector). The library forgives malformed vectors, so this module
 * rejects them first: an advisory must never show a score computed from a vector nobody wrote.
 */
import calculator from 'ae-cvss-calculator';

const { Cvss3P0, Cvss3P1, Cvss4P0 } = calculator;

export type CvssVersion = '3.0' | '3.1' | '4.0';
export type CvssRating = 'None' | 'Low' | 'Medium' | 'High' | 'Critical';

export interface Cvss {
  vector: string;
  version: CvssVersion;
  score: number;
  rating: CvssRating;
}

type Calculator = InstanceType<typeof Cvss3P1> | InstanceType<typeof Cvss3P0> | InstanceType<typeof Cvss4P0>;
const CALCULATORS: Record<CvssVersion, () => Calculator> = {
  '3.0': () => new Cvss3P0(),
  '3.1': () => new Cvss3P1(),
  '4.0': () => new Cvss4P0(),
};

interface MetricSpec {
  values: Set<string>;
  base: boolean;
}

// Built once per version from the library's own metric registry, so the allowed values match
// what it scores.
const specs = new Map<CvssVersion, Map<string, MetricSpec>>();
function metricSpecs(version: CvssVersion): Map<string, MetricSpec> {
  let spec = specs.get(version);
  if (spec) return spec;
  spec = new Map();
  for (const [category, components] of CALCULATORS[version]().getRegisteredComponents()) {
    const base = category.name === 'base';
    for (const c of components) {
      let values = c.values.map((v) => v.shortName);
      // Base metrics must be stated; CVSS 4.0's "S" (safety) exists only for the modified metrics.
      if (base) values = values.filter((v) => v !== 'X' && !(version === '4.0' && v === 'S'));
      spec.set(c.shortName, { values: new Set(values), base });
    }
  }
  specs.set(version, spec);
  return spec;
}

export function cvssRating(score: number): CvssRating {
  if (score === 0) return 'None';
  if (score < 4) return 'Low';
  if (score < 7) return 'Medium';
  if (score < 9) return 'High';
  return 'Critical';
}

export type CvssResult = { ok: true; cvss: Cvss } | { ok: false; errors: string[] };

export function parseCvss(input: string): CvssResult {
  const vector = input.trim();
  const match = /^CVSS:(3\.0|3\.1|4\.0)\/(.*)$/.exec(vector);
  if (!match) {
    return { ok: false, errors: [`${JSON.stringify(vector)} does not start with CVSS:3.0/, CVSS:3.1/ or CVSS:4.0/ (copy the full vector string)`] };
  }
  const version = match[1] as CvssVersion;
  const spec = metricSpecs(version);
  const errors: string[] = [];
  const seen = new Set<string>();
  for (const part of match[2]!.split('/')) {
    const [key, value, ...rest] = part.split(':');
    if (!key || value === undefined || rest.length > 0) {
      errors.push(`"${part}" is not a METRIC:VALUE pair (write it like AV:N)`);
      continue;
    }
    const metric = spec.get(key);
    if (!metric) {
      errors.push(`unknown CVSS ${version} metric ${key} (check the vector against the CVSS ${version} specification)`);
      continue;
    }
    if (seen.has(key)) {
      errors.push(`metric ${key} appears more than once (give each metric once)`);
      continue;
    }
    seen.add(key);
    if (!metric.values.has(value)) {
      errors.push(`${key} has unknown value "${value}" (want ${[...metric.values].join(' | ')})`);
    }
  }
  const missing = [...spec].filter(([key, m]) => m.base && !seen.has(key)).map(([key]) => key);
  if (missing.length > 0) {
    errors.push(`missing base metric${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (a CVSS ${version} vector states every base metric)`);
  }
  if (errors.length > 0) return { ok: false, errors };

  const calc = CALCULATORS[version]();
  calc.applyVector(vector);
  const score = calc.calculateScores().overall;
  return { ok: true, cvss: { vector, version, score, rating: cvssRating(score) } };
}

