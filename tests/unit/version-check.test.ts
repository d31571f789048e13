// "Am I affected?" over the real Mautic history (content/ read with readCorpus): each branch's
// last vulnerable and first fixed version, versions before anything was introduced,
// pre-releases, the withdrawn duplicate that must not count, a branch with no fix, the order
// of the list, and input that is not a version. The two answers (stay on the branch, move to a
// supported one) are tested in tests/unit/upgrade-advice.test.ts.
import { describe, expect, it } from 'vitest';
import { branchAdvisories } from '../../src/outputs/exports/affected-data.ts';
import { affects, checkVersion, type CheckAdvisory } from '../../src/domain/version-check.ts';
import { compareVersions } from '../../src/domain/versions.ts';
import { corpus, dataAt, problems, publicAt, resultFor } from '../helpers/mautic-check.ts';

const NOW = '2026-11-29T00:00:00Z';
const data = dataAt(NOW);
const ids = (input: string, d = data) => {
  const r = checkVersion(input, d);
  return r.kind === 'version' ? r.findings.map((f) => f.advisory.id) : [];
};
const result = (input: string, d = data) => resultFor(input, d);

it('reads the default content without problems', () => {
  expect(problems).toEqual([]);
  expect(data.advisories).toHaveLength(59);
});

describe('last vulnerable and first fixed version on each branch', () => {
  it.each([
    // MAUTIC-SA-2026-001: 2.10.0 → 5.2.10, 6.0.0-alpha → 6.0.8, 7.0.0-alpha → 7.0.1
    ['MAUTIC-SA-2026-001', '5.2.9', true],
    ['MAUTIC-SA-2026-001', '5.2.10', false],
    ['MAUTIC-SA-2026-001', '6.0.7', true],
    ['MAUTIC-SA-2026-001', '6.0.8', false],
    ['MAUTIC-SA-2026-001', '7.0.0', true],
    ['MAUTIC-SA-2026-001', '7.0.1', false],
    // MAUTIC-SA-2026-008: 4.0.0 → 4.4.20, 5.0.0 → 5.2.11, 6.0.0 → 6.0.9, 7.0.0 → 7.1.2
    ['MAUTIC-SA-2026-008', '4.4.19', true],
    ['MAUTIC-SA-2026-008', '4.4.20', false],
    ['MAUTIC-SA-2026-008', '5.2.10', true],
    ['MAUTIC-SA-2026-008', '5.2.11', false],
    ['MAUTIC-SA-2026-008', '7.1.1', true],
    ['MAUTIC-SA-2026-008', '7.1.2', false],
    // MAUTIC-SA-2025-001: introduced "0" → 5.2.3, every earlier version
    ['MAUTIC-SA-2025-001', '0.0.1', true],
    ['MAUTIC-SA-2025-001', '5.2.2', true],
    ['MAUTIC-SA-2025-001', '5.2.3', false],
    // MAUTIC-SA-2021-001: 2.0.0 → 2.16.5 and 3.0.0 → 3.2.4, listed out of order
    ['MAUTIC-SA-2021-001', '2.16.4', true],
    ['MAUTIC-SA-2021-001', '2.16.5', false],
    ['MAUTIC-SA-2021-001', '3.2.3', true],
    ['MAUTIC-SA-2021-001', '3.2.4', false],
    // MAUTIC-SA-2022-002 names one version and no range
    ['MAUTIC-SA-2022-002', '1.4.1', true],
    ['MAUTIC-SA-2022-002', '1.4.2', false],
  ] as const)('%s at %s: affected %s', (id, version, expected) => {
    expect(ids(version).includes(id)).toBe(expected);
  });

  it('holds for every fixed range in the corpus: the release before the fix is affected, the fix is not', () => {
    const released = data.branches.flatMap((b) => b.releases.map((r) => r.version));
    let checked = 0;
    for (const a of data.advisories.filter((x) => !x.withdrawn)) {
      for (const pkg of a.affected) {
        for (const r of pkg.ranges.filter((x) => x.fixed)) {
          const before = released.filter((v) => compareVersions(v, r.fixed!) < 0 && (r.introduced === '0' || compareVersions(v, r.introduced) >= 0)).sort(compareVersions).at(-1);
          expect(ids(r.fixed!).includes(a.id) && !pkg.ranges.some((o) => o !== r && o.introduced !== '0' && compareVersions(o.introduced, r.fixed!) <= 0 && (!o.fixed || compareVersions(r.fixed!, o.fixed) < 0)), `${a.id} at its fix ${r.fixed}`).toBe(false);
          if (before) {
            expect(ids(before), `${a.id} at ${before}, the last release before ${r.fixed}`).toContain(a.id);
            checked += 1;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(60);
  });
});

describe('versions before anything was introduced', () => {
  it('counts only the advisories whose ranges start early enough', () => {
    // 2.9.0 is before 2026-001's 2.10.0 and 2026-007's 2.6.0 is below it: one in, one out.
    expect(ids('2.9.0')).not.toContain('MAUTIC-SA-2026-001');
    expect(ids('2.9.0')).toContain('MAUTIC-SA-2026-007');
    expect(ids('2.5.0')).not.toContain('MAUTIC-SA-2026-007');
    expect(ids('1.2.0')).not.toContain('MAUTIC-SA-2026-006');
    expect(ids('1.3.0')).toContain('MAUTIC-SA-2026-006');
  });
});

describe('pre-releases', () => {
  it('fall inside a range that starts at a pre-release and before the fix', () => {
    expect(ids('6.0.0-alpha')).toContain('MAUTIC-SA-2026-001');
    expect(ids('7.0.0-beta.2')).toContain('MAUTIC-SA-2026-001');
    // 5.0.0-alpha < 5.0.0: a range introduced at 5.0.0 does not reach back to it.
    expect(ids('5.0.0-alpha')).not.toContain('MAUTIC-SA-2026-008');
    expect(ids('5.0.0-alpha')).toContain('MAUTIC-SA-2024-012');
  });

  it('answers from the ranges, with a note', () => {
    const r = result('6.0.0-rc1');
    expect(r.notes[0]).toMatch(/6\.0\.0-rc1 is a pre-release.*from the advisories’ version ranges/);
    expect(r.stay?.release?.version).toBe('6.0.9');
  });

  it('gives a version missing from releases.yaml its answer from the ranges, with a note', () => {
    const r = result('6.0.1');
    expect(r.notes[0]).toMatch(/6\.0\.1 is not a release listed/);
    expect(r.findings.length).toBeGreaterThan(0);
    expect(result('6.0.9').notes.some((n) => n.includes('not a release listed'))).toBe(false);
  });
});

describe('the withdrawn advisory', () => {
  it('MAUTIC-SA-2024-014 covers 5.0.4 by its ranges but never counts', () => {
    const withdrawn = data.advisories.find((a) => a.id === 'MAUTIC-SA-2024-014') as CheckAdvisory;
    expect(withdrawn.withdrawn).toBe(true);
    expect(affects(withdrawn, '5.0.4')).toBe(true);
    expect(ids('5.0.4')).not.toContain('MAUTIC-SA-2024-014');
    expect(ids('5.0.4')).toContain('MAUTIC-SA-2024-012');
    expect(branchAdvisories({ branch: '5.0' }, publicAt(new Date(NOW)), corpus.site!).map((b) => b.advisory.id)).not.toContain('MAUTIC-SA-2024-014');
  });

  it('counts as published before its withdrawal instant', () => {
    const before = dataAt('2025-01-01T00:00:00Z');
    expect(ids('5.0.4', before)).toContain('MAUTIC-SA-2024-014');
  });
});

describe('a branch with no fix', () => {
  it('4.4: MAUTIC-SA-2026-001 reaches past 4.4.20, so its fix for 4.4 readers is on a later branch', () => {
    expect(ids('4.4.20')).toContain('MAUTIC-SA-2026-001');
    const r = result('4.4.12');
    expect(r.support?.status).toBe('extended support (paid)');
    const finding = r.findings.find((f) => f.advisory.id === 'MAUTIC-SA-2026-001');
    expect(finding).toMatchObject({ fixedOnBranch: undefined, fixedLater: '5.2.10' });
    const row = branchAdvisories({ branch: '4.4' }, publicAt(new Date(NOW)), corpus.site!).find((b) => b.advisory.id === 'MAUTIC-SA-2026-001');
    expect(row?.fixes).toEqual([{ package: 'mautic/core', onBranch: undefined, later: '5.2.10' }]);
  });
});

describe('the order of the list', () => {
  it('puts the highest severity first, by level and then score, then the newest', () => {
    const listed = result('4.4.12').findings.map((f) => f.advisory);
    for (let i = 1; i < listed.length; i++) {
      const [a, b] = [listed[i - 1]!, listed[i]!];
      expect(a.rank >= b.rank, `${a.id} before ${b.id}`).toBe(true);
    }
    expect(listed.slice(0, 2).map((a) => `${a.severity} ${a.score}`)).toEqual(['Critical 9.9', 'Critical 9.1']);
    // Within "High", 8.8 comes before 7.1 even though the 7.1 advisory is newer.
    const high = listed.filter((a) => a.severity === 'High').map((a) => Number(a.score));
    expect(high.length).toBeGreaterThan(3);
    expect(high).toEqual([...high].sort((x, y) => y - x));
  });

  it('gives each advisory its fix on the reader’s branch', () => {
    const fixes = Object.fromEntries(result('5.2.3').findings.map((f) => [f.advisory.id, f.fixedOnBranch ?? `later ${f.fixedLater}`]));
    expect(fixes['MAUTIC-SA-2026-006']).toBe('5.2.11');
    expect(fixes['MAUTIC-SA-2026-001']).toBe('5.2.10');
    expect(Object.values(fixes).every((v) => /^5\.2\.\d+$/.test(v))).toBe(true);
  });
});

describe('how many advisories affect the versions the issue names (default site, 2026-11-29)', () => {
  it.each([
    ['4.4.12', 22],
    ['5.2.3', 15],
    ['6.0.1', 15],
    ['7.2.2', 0],
  ])('%s: %i advisories', (version, count) => {
    expect(result(version).findings).toHaveLength(count);
  });
});

describe('input that is not a version', () => {
  it.each(['five', '', '5.2', '5.2.x', '>=5.2.3', 'latest'])('%j: a plain statement and no advisories', (input) => {
    const r = checkVersion(input, data);
    expect(r.kind).toBe('not-a-version');
    if (r.kind === 'not-a-version') expect(r.message).toMatch(/Enter a full version number such as 1\.2\.3/);
  });

  it('accepts spaces and a leading v', () => {
    expect(result(' v5.2.3 ').version).toBe('5.2.3');
  });
});

describe('last_affected (no Mautic advisory uses it)', () => {
  it('includes the last affected version and nothing after it', () => {
    const a: CheckAdvisory = { id: 'X', title: 'x', severity: 'High', rank: 3, published: '2025-01-01T00:00:00Z', url: '/', cve: [], ghsa: [], withdrawn: false, affected: [{ package: 'p', ranges: [{ introduced: '1.0.0', last_affected: '1.2.3' }], versions: [] }] };
    expect(affects(a, '1.2.3')).toBe(true);
    expect(affects(a, '1.2.4')).toBe(false);
    expect(affects(a, '0.9.0')).toBe(false);
  });
});
