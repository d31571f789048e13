import { describe, expect, it } from 'vitest';
import { RISK_METRICS, type RiskMetric, parseRisk, riskLevel } from '../../src/domain/risk.ts';
import { formatHeadline, headline } from '../../src/domain/severity.ts';

const base: Record<RiskMetric, string> = { AC: 'Complex', A: 'Admin', CI: 'None', II: 'None', E: 'Theoretical', TD: 'Uncommon' };
const vector = (m: Record<RiskMetric, string>) => Object.entries(m).map(([k, v]) => `${k}:${v}`).join('/');
const score = (v: string) => {
  const r = parseRisk(v);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.risk;
};

describe('NIST IR 7864 risk scoring', () => {
  it('scores the published Drupal vectors', () => {
    expect(score('AC:None/A:None/CI:All/II:All/E:Exploit/TD:All')).toMatchObject({ score: 25, level: 'Highly critical' });
    expect(score('AC:None/A:None/CI:All/II:All/E:Exploit/TD:Default')).toMatchObject({ score: 24, level: 'Highly critical' });
    expect(score('AC:Basic/A:Admin/CI:All/II:All/E:Proof/TD:All')).toMatchObject({ score: 18, level: 'Critical' });
  });

  // The lowest vector scores 1+1+0+0+1+1 = 4; each case swaps one metric's value.
  const cases = (Object.keys(RISK_METRICS) as RiskMetric[]).flatMap((metric) =>
    Object.entries(RISK_METRICS[metric].values).map(([value, points]) => ({ metric, value, points })),
  );
  it.each(cases)('$metric:$value is worth $points points', ({ metric, value, points }) => {
    const lowest = (RISK_METRICS[metric].values as Record<string, number>)[base[metric]]!;
    expect(score(vector({ ...base, [metric]: value })).score).toBe(4 - lowest + points);
  });

  it.each([
    [0, 'Not critical'], [4, 'Not critical'], [5, 'Less critical'], [9, 'Less critical'], [10, 'Moderately critical'],
    [14, 'Moderately critical'], [15, 'Critical'], [19, 'Critical'], [20, 'Highly critical'], [25, 'Highly critical'],
  ] as const)('a score of %i is %s', (points, level) => {
    expect(riskLevel(points)).toBe(level);
  });

  it('normalises metric order and formats as "level score/25"', () => {
    const risk = score('TD:Default/E:Theoretical/II:Some/CI:Some/A:User/AC:Basic');
    expect(risk.vector).toBe('AC:Basic/A:User/CI:Some/II:Some/E:Theoretical/TD:Default');
    expect(formatHeadline(headline({ risk, cvss: [] }))).toBe('Moderately critical 13/25');
  });

  it('reports every fault in a vector', () => {
    expect(parseRisk('AC:Basic/AC:None/A:Guest/CI:Some/Foo:1/E')).toEqual({
      ok: false,
      errors: [
        'metric AC appears more than once (give each metric exactly once)',
        'A has unknown value "Guest" (want None | User | Admin)',
        'unknown metric Foo (want one of AC, A, CI, II, E, TD)',
        '"E" is not a METRIC:Value pair (write it like AC:Basic)',
        'missing metrics II, E, TD (a vector names all six: AC, A, CI, II, E, TD)',
      ],
    });
  });
});
