// Support status at the build instant: each status, midnight-UTC boundaries, no announced end.
import { describe, expect, it } from 'vitest';
import { latestRelease, supportStatus, supportTable } from '../../src/domain/support.ts';
import { supportTimeline } from '../../src/site/view/support-timeline.ts';
import type { Branch } from '../../src/domain/model.ts';

const d = (s: string) => new Date(s);
const branch = (over: Partial<Branch> = {}): Branch => ({
  branch: '2.0',
  released: d('2025-01-15T00:00:00Z'),
  active_support_until: d('2026-01-15T00:00:00Z'),
  security_support_until: d('2026-07-15T00:00:00Z'),
  extended_support_until: d('2027-07-15T00:00:00Z'),
  lts: false,
  releases: [],
  ...over,
});

describe('supportStatus', () => {
  it.each([
    ['2025-06-01T12:00:00Z', 'active', branch()],
    ['2026-01-14T23:59:59Z', 'active', branch()],
    ['2026-01-15T00:00:00Z', 'security fixes only', branch()],
    ['2026-07-14T23:59:59Z', 'security fixes only', branch()],
    ['2026-07-15T00:00:00Z', 'extended support (paid)', branch()],
    ['2027-07-14T23:59:59Z', 'extended support (paid)', branch()],
    ['2027-07-15T00:00:00Z', 'end of life', branch()],
    ['2026-07-15T00:00:00Z', 'end of life', branch({ extended_support_until: undefined })],
    ['2030-01-01T00:00:00Z', 'active', branch({ active_support_until: undefined, security_support_until: undefined, extended_support_until: undefined })],
    ['2030-01-01T00:00:00Z', 'security fixes only', branch({ security_support_until: undefined, extended_support_until: undefined })],
    // A branch superseded on its first day has no active phase at all.
    ['2025-01-15T00:00:00Z', 'security fixes only', branch({ active_support_until: d('2025-01-15T00:00:00Z') })],
  ] as const)('at %s: %s', (now, status, b) => {
    expect(supportStatus(b, d(now))).toBe(status);
  });
});

describe('latestRelease and supportTable', () => {
  const releases = [
    { version: '2.0.9', date: d('2025-03-01T00:00:00Z'), security: false },
    { version: '2.0.10', date: d('2025-05-20T00:00:00Z'), security: true },
    { version: '2.0.11', date: d('2025-12-15T00:00:00Z'), security: true },
  ];

  it('picks the highest version released by now, by semver not by text', () => {
    expect(latestRelease({ releases }, d('2025-06-01T00:00:00Z'))?.version).toBe('2.0.10');
    expect(latestRelease({ releases }, d('2025-12-15T00:00:00Z'))?.version).toBe('2.0.11');
    expect(latestRelease({ releases }, d('2025-01-01T00:00:00Z'))).toBeUndefined();
  });

  it('leaves out branches not yet released and keeps the order given', () => {
    const future = branch({ branch: '3.0', released: d('2026-03-01T00:00:00Z') });
    const rows = supportTable([future, branch({ releases }), branch({ branch: '1.0', released: d('2024-01-01T00:00:00Z') })], d('2026-02-01T00:00:00Z'));
    expect(rows.map((r) => [r.branch.branch, r.status, r.latest?.version])).toEqual([
      ['2.0', 'security fixes only', '2.0.11'],
      ['1.0', 'security fixes only', undefined],
    ]);
  });
});

describe('supportTimeline', () => {
  // The axis runs from 2024-01-01 to 2029-01-01 for a build in 2026: five years, 20% each.
  const now = d('2026-07-01T00:00:00Z');
  const rows = (branches: Branch[]) => supportTimeline(supportTable(branches, now), now);

  it('places each phase on a whole-year axis and marks the build instant', () => {
    const t = rows([branch({ released: d('2025-01-01T00:00:00Z'), active_support_until: d('2026-01-01T00:00:00Z'), security_support_until: d('2027-01-01T00:00:00Z'), extended_support_until: d('2028-01-01T00:00:00Z') })]);
    expect(t.years.map((y) => [y.year, Math.round(y.left)])).toEqual([[2024, 0], [2025, 20], [2026, 40], [2027, 60], [2028, 80]]);
    expect(t.rows[0]!.phases.map((p) => [p.phase, Math.round(p.left), Math.round(p.width)])).toEqual([
      ['active', 20, 20],
      ['security', 40, 20],
      ['extended', 60, 20],
    ]);
    expect(t.now).toBeCloseTo(49.9, 0);
  });

  it('runs a phase with no announced end to the edge, and leaves out branches that ended before the axis', () => {
    const t = rows([
      branch({ branch: '3.0', released: d('2026-03-01T00:00:00Z'), active_support_until: undefined, security_support_until: undefined, extended_support_until: undefined }),
      branch({ branch: '0.1', released: d('2020-01-01T00:00:00Z'), active_support_until: d('2021-01-01T00:00:00Z'), security_support_until: d('2022-01-01T00:00:00Z'), extended_support_until: undefined }),
    ]);
    expect(t.rows.map((r) => r.branch)).toEqual(['3.0']);
    const [active] = t.rows[0]!.phases;
    expect(t.rows[0]!.phases).toHaveLength(1);
    expect(Math.round(active!.left + active!.width)).toBe(100);
  });
});
