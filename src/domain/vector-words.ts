/**
 * A CVSS or NIST IR 7864 risk vector metric by metric, in words, for the advisory page's
 * breakdown (as GitHub's advisory pages show CVSS). CVSS names and meanings come from
 * ae-cvss-calculator's metric registry, the same one that scores the vector (src/domain/cvss.ts),
 * so the words always match the score; the risk metrics' meanings are this project's wording of
 * the six questions Drupal's risk calculator asks.
 */
import calculator from 'ae-cvss-calculator';
import type { Cvss, CvssVersion } from './cvss.ts';
import { RISK_METRICS, RISK_METRIC_ORDER, type Risk, type RiskMetric } from './risk.ts';

const { Cvss3P0, Cvss3P1, Cvss4P0 } = calculator;

export interface MetricInWords {
  /** "Exploitability", "Impact", "Threat": the part of the vector the metric belongs to. */
  group: string;
  /** "Attack Vector". */
  metric: string;
  /** "AV". */
  code: string;
  /** "Network". */
  value: string;
  /** "N". */
  valueCode: string;
  /** What the value means. */
  meaning: string;
  /** Risk vectors only: the points the value adds to the score. */
  points?: number;
}

const CALCULATORS: Record<CvssVersion, () => InstanceType<typeof Cvss3P1> | InstanceType<typeof Cvss3P0> | InstanceType<typeof Cvss4P0>> = {
  '3.0': () => new Cvss3P0(),
  '3.1': () => new Cvss3P1(),
  '4.0': () => new Cvss4P0(),
};

const GROUP_NAMES: Record<string, string> = { base: 'Base', temporal: 'Temporal', environmental: 'Environmental', threat: 'Threat', supplemental: 'Supplemental' };

/** Every metric the vector states (base and any optional ones), in the specification's order. */
export function cvssInWords(cvss: Pick<Cvss, 'vector' | 'version'>): MetricInWords[] {
  const calc = CALCULATORS[cvss.version]();
  calc.applyVector(cvss.vector);
  const out: MetricInWords[] = [];
  for (const [category, components] of calc.getRegisteredComponents()) {
    for (const component of components) {
      const value = calc.getComponent(component);
      if (!value || value.shortName === 'X') continue;
      out.push({
        group: (component.subCategory ?? `${GROUP_NAMES[category.name] ?? category.name} Metrics`).replace(/ Metrics$/, ''),
        metric: component.name,
        code: component.shortName,
        value: value.name,
        valueCode: value.shortName,
        meaning: value.description ?? '',
      });
    }
  }
  return out;
}

/** What each risk value says about the flaw, in this project's words. */
const RISK_MEANINGS: { [M in RiskMetric]: Record<keyof (typeof RISK_METRICS)[M]['values'], string> } = {
  AC: { None: 'Nothing special is needed: anyone who can reach the site can attempt it.', Basic: 'It needs conditions an attacker can usually arrange.', Complex: 'It needs unusual conditions or specialist skill.' },
  A: { None: 'No account is needed.', User: 'An ordinary user account is needed.', Admin: 'An administrator account is needed.' },
  CI: { All: 'All non-public data can be read.', Some: 'Some non-public data can be read.', None: 'No non-public data can be read.' },
  II: { All: 'All data can be changed or deleted.', Some: 'Some data can be changed or deleted.', None: 'No data can be changed or deleted.' },
  E: { Exploit: 'A working exploit is known to exist.', Proof: 'A proof of concept exists, but no known working exploit.', Theoretical: 'No exploit is known; the attack is theoretical.' },
  TD: { All: 'Every site running an affected version is exposed.', Default: 'Sites in their default configuration are exposed.', Uncommon: 'Only sites with an uncommon configuration are exposed.' },
};

export function riskInWords(risk: Risk): MetricInWords[] {
  return RISK_METRIC_ORDER.map((m) => {
    const value = risk.metrics[m];
    return {
      group: m === 'CI' || m === 'II' ? 'Impact' : m === 'E' || m === 'TD' ? 'Threat' : 'Exploitability',
      metric: RISK_METRICS[m].name,
      code: m,
      value,
      valueCode: value,
      meaning: (RISK_MEANINGS[m] as Record<string, string>)[value] ?? '',
      points: (RISK_METRICS[m].values as Record<string, number>)[value],
    };
  });
}
