import { describe, expect, it } from 'vitest';
import { parseCvss } from '../../src/domain/cvss.ts';
import { headline, formatHeadline } from '../../src/domain/severity.ts';

const ok = (v: string) => {
  const r = parseCvss(v);
  if (!r.ok) throw new Error(r.errors.join('; '));
  return r.cvss;
};

describe('CVSS vectors', () => {
  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 9.8, 'Critical'],
    ['CVSS:3.0/AV:N/AC:L/PR:L/UI:N/S:U/C:H/I:N/A:N', 6.5, 'Medium'],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N', 5.4, 'Medium'],
    ['CVSS:3.1/AV:N/AC:L/PR:H/UI:N/S:U/C:L/I:N/A:N', 2.7, 'Low'],
    ['CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:N', 0, 'None'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N', 9.3, 'Critical'],
    ['CVSS:4.0/AV:N/AC:L/AT:P/PR:L/UI:N/VC:H/VI:H/VA:H/SC:H/SI:H/SA:H', 9, 'Critical'],
  ])('%s scores %d (%s)', (vector, score, rating) => {
    expect(ok(vector)).toMatchObject({ score, rating });
  });

  it.each([
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L', 'missing base metric A (a CVSS 3.1 vector states every base metric)'],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N/A:H', 'metric A appears more than once (give each metric once)'],
    ['CVSS:3.1/AV:X/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N', 'AV has unknown value "X" (want N | A | L | P)'],
    ['CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N/ZZ:1', 'unknown CVSS 3.1 metric ZZ (check the vector against the CVSS 3.1 specification)'],
    ['CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:S/SI:N/SA:N', 'SC has unknown value "S" (want H | L | N)'],
    ['AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', '"AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H" does not start with CVSS:3.0/, CVSS:3.1/ or CVSS:4.0/ (copy the full vector string)'],
  ])('rejects %s', (vector, error) => {
    expect(parseCvss(vector)).toEqual({ ok: false, errors: [error] });
  });
});

describe('headline severity', () => {
  const risk = { vector: 'x', metrics: {} as never, score: 12, level: 'Moderately critical' as const };
  const v31 = ok('CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H');
  const v40 = ok('CVSS:4.0/AV:N/AC:L/AT:N/PR:L/UI:A/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N');
  it('prefers the risk level', () => {
    expect(formatHeadline(headline({ risk, cvss: [v31], severity: 'low' }))).toBe('Moderately critical 12/25');
  });
  it('else uses the newest CVSS version given, whatever the order', () => {
    expect(headline({ cvss: [v31, v40] })).toMatchObject({ source: 'cvss', label: v40.rating, vector: v40.vector });
    expect(headline({ cvss: [v40, v31] })).toMatchObject({ source: 'cvss', vector: v40.vector });
  });
  it('else the label', () => {
    expect(formatHeadline(headline({ cvss: [], severity: 'moderate' }))).toBe('Moderate');
  });
});
