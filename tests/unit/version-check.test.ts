// "Am I affected?" over the real Mautic history (content/ read with readCorpus): each branch's
// last vulnerable and first fixed version, versions before anything was introduced,
// pre-releases, the withdrawn duplicate that must not count, a branch with no fix, the lowest
// upgrade, and input that is not a version.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/read.ts';
import { indexReleases } from '../../src/domain/releases.ts';
import { headline } from '../../src/domain/severity.ts';
import { isPublic, isWithdrawnAt } from '../../src/domain/visibility.ts';
import { branchAdvisories, toCheckData } from '../../src/outputs/exports/affected-data.ts';
import { affects, checkVersion, type CheckAdvisory, type CheckData } from '../../src/domain/version-check.ts';
import { compareVersions } from '../../src/domain/versions.ts';

const { corpus, problems } = readCorpus(path.resolve(import.meta.dirname, '../../content'));

/** The public advisories at `now`, shaped as siteData() gives them to the pages. */
function publicAt(now: Date) {
  const releases = indexReleases(corpus.branches);
  return corpus.advisories
    .filter((e) => isPublic(e.data, releases, now))
    .sort((a, b) => b.data.published.getTime() - a.data.published.getTime())
    .map((e) => ({ id: e.id, withdrawn: isWithdrawnAt(e.data, now), headline: headline(e.data), data: e.data }));
}

function dataAt(iso: string): CheckData {
  const now = new Date(iso);
  return toCheckData({ now, packages: corpus.site!.packages, branches: corpus.branches, advisories: publicAt(now) });
}

const NOW = '2026-11-29T00:00:00Z';
const data = dataAt(NOW);
const ids = (input: string, d = data) => {
  const r = checkVersion(input, d);
  return r.kind === 'version' ? r.advisories.map((a) => a.id) : [];
};
const result = (input: string, d = data) => {
  const r = checkVersion(input, d);
  if (r.kind !== 'version') throw new Error(`${input}: ${r.message}`);
  return r;
};

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
    const released = data.branches.flatMap((b) => b.releases);
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
    expect(r.upgrade).toEqual({ version: '6.0.9', branch: '6.0', sameBranch: true });
  });

  it('gives a version missing from releases.yaml its answer from the ranges, with a note', () => {
    const r = result('6.0.1');
    expect(r.notes[0]).toMatch(/6\.0\.1 is not a release listed/);
    expect(r.advisories.length).toBeGreaterThan(0);
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
    expect(branchAdvisories('5.0', publicAt(new Date(NOW))).map((b) => b.advisory.id)).not.toContain('MAUTIC-SA-2024-014');
  });

  it('counts as published before its withdrawal instant', () => {
    const before = dataAt('2025-01-01T00:00:00Z');
    expect(ids('5.0.4', before)).toContain('MAUTIC-SA-2024-014');
  });
});

describe('a branch with no fix', () => {
  it('4.4: MAUTIC-SA-2026-001 reaches past 4.4.20, so the upgrade leaves the branch', () => {
    expect(ids('4.4.20')).toContain('MAUTIC-SA-2026-001');
    const r = result('4.4.12');
    expect(r.support?.status).toBe('extended support (paid)');
    // 5.2 and 6.0 are in paid extended support and 7.0, 7.1 have ended: 7.2 is the nearest supported.
    expect(r.upgrade).toEqual({ version: '7.2.2', branch: '7.2', sameBranch: false });
    const row = branchAdvisories('4.4', publicAt(new Date(NOW))).find((b) => b.advisory.id === 'MAUTIC-SA-2026-001');
    expect(row?.fixes).toEqual([{ package: 'mautic/core', onBranch: undefined, later: '5.2.10' }]);
  });

  it('takes the nearest supported branch at the build instant', () => {
    // On 2026-03-01 5.2 still had security support: the nearest branch that fixes everything.
    expect(result('4.4.12', dataAt('2026-03-01T00:00:00Z')).upgrade).toEqual({ version: '5.2.10', branch: '5.2', sameBranch: false });
  });
});

describe('the answers the issue asks for (default site, 2026-11-29)', () => {
  it.each([
    ['4.4.12', 22, { version: '7.2.2', branch: '7.2', sameBranch: false }],
    ['5.2.3', 15, { version: '5.2.11', branch: '5.2', sameBranch: true }],
    ['6.0.1', 15, { version: '6.0.9', branch: '6.0', sameBranch: true }],
  ])('%s: %i advisories, upgrade %o', (version, count, upgrade) => {
    const r = result(version);
    expect(r.advisories).toHaveLength(count);
    expect(r.upgrade).toEqual(upgrade);
    // The upgrade really is clear of every advisory that affected the version.
    for (const a of r.advisories) expect(affects(a, upgrade.version), a.id).toBe(false);
  });

  it('finds nothing for the newest release', () => {
    const r = result('7.2.2');
    expect(r.advisories).toEqual([]);
    expect(r.upgrade).toBeUndefined();
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
    const a: CheckAdvisory = { id: 'X', title: 'x', severity: 'High', url: '/', cve: [], ghsa: [], withdrawn: false, affected: [{ package: 'p', ranges: [{ introduced: '1.0.0', last_affected: '1.2.3' }], versions: [] }] };
    expect(affects(a, '1.2.3')).toBe(true);
    expect(affects(a, '1.2.4')).toBe(false);
    expect(affects(a, '0.9.0')).toBe(false);
  });
});
