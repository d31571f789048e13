// The version check's two answers over the real Mautic history (content/): "stay on your
// branch" (the release that leaves the fewest advisories, the lowest on a tie, with the latest
// mentioned, and who ships it) and "move to a supported branch" (the lowest free release of a
// supported branch that fixes everything, with the major-version distance and the paid
// alternatives between). Every listed version, pre-releases and versions nobody listed.
import { describe, expect, it } from 'vitest';
import { affects, type CheckData } from '../../src/domain/version-check.ts';
import { branchOf, compareVersions } from '../../src/domain/versions.ts';
import { dataAt, resultFor } from '../helpers/mautic-check.ts';

const data = dataAt('2026-11-29T00:00:00Z');
const result = (v: string, d: CheckData = data) => resultFor(v, d);
const ids = (list: readonly { id: string }[] = []) => list.map((a) => a.id).sort();

describe('the versions the issue names (default site, 2026-11-29)', () => {
  it('4.4.12: staying gives 4.4.20, a paid extended support release fixing 18 of 22; moving gives 7.2.2, three majors away', () => {
    const r = result('4.4.12');
    expect(r.findings).toHaveLength(22);
    expect(r.stay).toMatchObject({ branch: '4.4', fixes: 18, release: { version: '4.4.20', date: '2026-07-02', dateExact: false, access: 'extended support (paid)' } });
    expect(r.stay?.latest).toBeUndefined();
    expect(ids(r.stay?.remaining)).toEqual(['MAUTIC-SA-2025-001', 'MAUTIC-SA-2025-002', 'MAUTIC-SA-2025-003', 'MAUTIC-SA-2026-001']);
    expect(r.move?.target).toMatchObject({ branch: { branch: '7.2', status: 'supported' }, release: { version: '7.2.2', access: 'free' }, majors: 3 });
    // 5.2.11 and 6.0.9 fix all 22 too, on branches that only paid extended support still fixes.
    expect(r.move?.extended.map((e) => [e.branch.branch, e.release.version, e.release.access])).toEqual([
      ['5.2', '5.2.11', 'not recorded'],
      ['6.0', '6.0.9', 'free'],
    ]);
  });

  it('5.2.3: 5.2.11 and 5.2.12 both fix all 15 — the lowest is named and the latest mentioned', () => {
    const r = result('5.2.3');
    expect(r.stay).toMatchObject({ fixes: 15, remaining: [], release: { version: '5.2.11' }, latest: { release: { version: '5.2.12' }, remaining: 0 } });
    // Out by 2026-07-02, and free support for 5.2 ended on 2026-06-30: the records cannot say which.
    expect(r.stay?.release?.access).toBe('not recorded');
    expect(r.move?.target).toMatchObject({ release: { version: '7.2.2' }, majors: 2 });
    expect(r.move?.extended.map((e) => e.release.version)).toEqual(['6.0.9']);
  });

  it('6.0.1 (not a listed release): 6.0.9 is a free release fixing all 15, 6.0.10 is the latest; moving is one major away', () => {
    const r = result('6.0.1');
    expect(r.stay).toMatchObject({ fixes: 15, release: { version: '6.0.9', access: 'free' }, latest: { release: { version: '6.0.10' }, remaining: 0 } });
    expect(r.move?.target).toMatchObject({ release: { version: '7.2.2' }, majors: 1 });
    expect(r.move?.extended).toEqual([]);
  });

  it('7.2.2: nothing affects it, so there is nothing to advise', () => {
    const r = result('7.2.2');
    expect(r.findings).toEqual([]);
    expect(r.stay).toBeUndefined();
    expect(r.move).toBeUndefined();
    expect(r.support?.statusText).toBe('supported: active, no end announced');
  });
});

describe('every listed version of every branch', () => {
  const versions = data.branches.flatMap((b) => b.releases.map((r) => r.version));

  it.each(versions)('%s: the answers hold what they claim', (version) => {
    const r = result(version);
    const affecting = r.findings.map((f) => f.advisory);
    if (affecting.length === 0) {
      expect(r.stay).toBeUndefined();
      return;
    }
    const stay = r.stay!;
    if (stay.release) {
      expect(branchOf(stay.release.version)).toBe(branchOf(version));
      expect(compareVersions(stay.release.version, version)).toBeGreaterThan(0);
      expect(stay.fixes).toBe(affecting.filter((a) => !affects(a, stay.release!.version)).length);
      for (const a of stay.remaining) expect(affects(a, stay.release.version), a.id).toBe(true);
      // No other release of the branch leaves fewer known advisories, and none lower leaves as few.
      const known = data.advisories.filter((a) => !a.withdrawn);
      const holes = (v: string) => known.filter((a) => affects(a, v)).length;
      for (const other of r.support!.releases.filter((x) => compareVersions(x.version, version) > 0 && !x.version.includes('-'))) {
        expect(holes(other.version)).toBeGreaterThanOrEqual(stay.remaining.length);
        if (compareVersions(other.version, stay.release.version) < 0) expect(holes(other.version)).toBeGreaterThan(stay.remaining.length);
      }
    } else expect(stay.remaining).toHaveLength(affecting.length);
    const target = r.move?.target;
    if (target) {
      expect(target.branch.supported).toBe(true);
      expect(target.release.access).toBe('free');
      for (const a of affecting) expect(affects(a, target.release.version), a.id).toBe(false);
    }
    // No lower free release of a newer supported branch fixes everything (and with no target, none at all).
    const newerFree = data.branches
      .filter((b) => b.supported && compareVersions(`${b.branch}.0`, `${branchOf(version)}.0`) > 0)
      .flatMap((b) => b.releases.filter((x) => x.access === 'free' && !x.version.includes('-') && compareVersions(x.version, version) > 0));
    for (const x of newerFree.filter((x) => !target || compareVersions(x.version, target.release.version) < 0)) {
      expect(affecting.some((a) => affects(a, x.version)), `${x.version} fixes everything but was not named`).toBe(true);
    }
    // A supported branch whose own release fixes everything needs no move.
    if (r.support?.supported && stay.remaining.length === 0) expect(r.move).toBeUndefined();
  });
});

describe('pre-releases and versions nobody listed', () => {
  it('6.0.0-rc1: 6.0.9, not 6.0.8, which has a hole rc1 did not', () => {
    expect(result('6.0.0-rc1').stay?.release?.version).toBe('6.0.9');
  });

  it('1.4.1, on a branch the release data does not list: no branch release to name, and a move to 7.2.2, six majors away', () => {
    const r = result('1.4.1');
    expect(r.support).toBeUndefined();
    expect(r.stay).toBeUndefined();
    expect(r.move?.target).toMatchObject({ release: { version: '7.2.2' }, majors: 6 });
    expect(r.notes).toContain('The 1.4 branch is not listed in the release data, so its support status is unknown.');
  });
});

describe('at another build instant', () => {
  const march = dataAt('2026-03-01T00:00:00Z');

  it('moves 4.4.12 to 5.2.10 while 5.2 still had free security support', () => {
    expect(result('4.4.12', march).move?.target).toMatchObject({ branch: { branch: '5.2', status: 'supported', phase: 'security fixes only' }, release: { version: '5.2.10' }, majors: 1 });
  });

  it('needs no move for 5.2.3 then: staying on the supported branch fixed everything', () => {
    const r = result('5.2.3', march);
    expect(r.stay).toMatchObject({ remaining: [], release: { version: '5.2.10', access: 'free' } });
    expect(r.move).toBeUndefined();
  });
});
