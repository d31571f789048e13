// Support status at the build instant in the site's one vocabulary: each status and phase,
// midnight-UTC boundaries, no announced end, ends no record gives, the status line every page
// prints with its relative time, who ships a release, and upper-bound release dates.
import { describe, expect, it } from 'vitest';
import { describeSupport, latestRelease, releaseAccess, releaseDay, relativeEnd, supportState, supportTable } from '../../src/domain/support.ts';
import { supportTimeline } from '../../src/site/view/support-timeline.ts';
import type { Branch } from '../../src/domain/model.ts';

const d = (s: string) => new Date(s);
const branch = (over: Partial<Branch> = {}): Branch => ({
  branch: '2.0',
  id: '2.0',
  released: d('2025-01-15T00:00:00Z'),
  released_exact: true,
  active_support_until: d('2026-01-15T00:00:00Z'),
  security_support_until: d('2026-07-15T00:00:00Z'),
  extended_support_until: d('2027-07-15T00:00:00Z'),
  lts: false,
  releases: [],
  ...over,
});

const status = (b: Branch, now: string) => {
  const s = supportState(b, d(now));
  return s.phase ? `${s.status}: ${s.phase}` : s.status;
};

describe('supportState', () => {
  it.each([
    ['2025-06-01T12:00:00Z', 'supported: active', branch()],
    ['2026-01-14T23:59:59Z', 'supported: active', branch()],
    ['2026-01-15T00:00:00Z', 'supported: security fixes only', branch()],
    ['2026-07-14T23:59:59Z', 'supported: security fixes only', branch()],
    ['2026-07-15T00:00:00Z', 'extended support (paid)', branch()],
    ['2027-07-14T23:59:59Z', 'extended support (paid)', branch()],
    ['2027-07-15T00:00:00Z', 'end of life', branch()],
    ['2026-07-15T00:00:00Z', 'end of life', branch({ extended_support_until: undefined })],
    ['2030-01-01T00:00:00Z', 'supported: active', branch({ active_support_until: undefined, security_support_until: undefined, extended_support_until: undefined })],
    ['2030-01-01T00:00:00Z', 'supported: security fixes only', branch({ security_support_until: undefined, extended_support_until: undefined })],
    // A branch superseded on its first day has no active phase at all.
    ['2025-01-15T00:00:00Z', 'supported: security fixes only', branch({ active_support_until: d('2025-01-15T00:00:00Z') })],
    // An end no record gives is over; a later phase that is over ends the earlier ones.
    ['2025-06-01T00:00:00Z', 'end of life', branch({ active_support_until: 'unknown', security_support_until: 'unknown', extended_support_until: undefined })],
    ['2025-06-01T00:00:00Z', 'supported: security fixes only', branch({ active_support_until: 'unknown' })],
    ['2025-06-01T00:00:00Z', 'extended support (paid)', branch({ active_support_until: 'unknown', security_support_until: 'unknown' })],
    ['2025-06-01T00:00:00Z', 'end of life', branch({ active_support_until: undefined, security_support_until: d('2025-03-01T00:00:00Z'), extended_support_until: undefined })],
  ] as const)('at %s: %s', (now, expected, b) => {
    expect(status(b, now)).toBe(expected);
  });
});

describe('the status line every page, the checker and the API print', () => {
  const now = d('2026-03-01T00:00:00Z');
  it.each([
    [branch({ active_support_until: undefined, security_support_until: undefined, extended_support_until: undefined }), 'supported: active, no end announced'],
    [branch({ active_support_until: d('2026-06-01T00:00:00Z'), security_support_until: d('2027-03-01T00:00:00Z') }), 'supported: active, security fixes until 2027-03-01 (ends in 1 year)'],
    [branch(), 'supported: security fixes only, until 2026-07-15 (ends in 5 months)'],
    [branch({ security_support_until: undefined }), 'supported: security fixes only, no end announced'],
    [branch({ security_support_until: d('2026-01-01T00:00:00Z') }), 'extended support (paid), until 2027-07-15 (ends in 1 year)'],
    [branch({ security_support_until: d('2025-06-01T00:00:00Z'), extended_support_until: undefined }), 'end of life since 2025-06-01 (ended 9 months ago)'],
    [branch({ active_support_until: 'unknown', security_support_until: 'unknown', extended_support_until: undefined }), 'end of life (the day is not recorded)'],
  ])('%#: %s', (b, line) => {
    const text = describeSupport(supportState(b, now), now);
    expect(text).toBe(line);
    // The status word comes first, and no bracket is ever opened inside another.
    expect(text.startsWith(supportState(b, now).status)).toBe(true);
    expect(text).not.toMatch(/\([^)]*\(/);
  });

  it('words relative time the way endoflife.date does', () => {
    expect(relativeEnd(d('2026-10-01T00:00:00Z'), now)).toBe('ends in 7 months');
    expect(relativeEnd(d('2024-03-01T00:00:00Z'), now)).toBe('ended 2 years ago');
    expect(relativeEnd(d('2026-03-04T00:00:00Z'), now)).toBe('ends in 3 days');
  });
});

describe('who ships a release', () => {
  const r = (version: string, date: string, exact = true) => ({ version, date: d(date), exact, security: true });
  const b = branch({
    security_support_until: d('2026-07-15T00:00:00Z'),
    releases: [r('2.0.1', '2026-02-01T00:00:00Z'), r('2.0.2', '2026-08-01T00:00:00Z', false), r('2.0.3', '2026-09-01T00:00:00Z'), r('2.0.4', '2026-10-01T00:00:00Z', false)],
  });
  it.each([
    ['2.0.1', 'free'], // before free support ended
    ['2.0.2', 'not recorded'], // out by 2026-08-01: before or after 2026-07-15, no record says
    ['2.0.3', 'extended support (paid)'], // after free support ended
    ['2.0.4', 'extended support (paid)'], // upper bound, but after 2.0.3, itself after the end
  ])('%s: %s', (version, access) => {
    expect(releaseAccess(b, b.releases.find((x) => x.version === version)!)).toBe(access);
  });

  it('is free on a branch with no paid extended support, whatever the date', () => {
    const plain = branch({ extended_support_until: undefined, releases: [r('2.0.9', '2030-01-01T00:00:00Z')] });
    expect(releaseAccess(plain, plain.releases[0]!)).toBe('free');
  });

  it('shows an upper bound as "by <date>"', () => {
    expect(releaseDay(d('2021-01-19T00:00:00Z'), false)).toBe('by 2021-01-19');
    expect(releaseDay(d('2021-01-19T00:00:00Z'), true)).toBe('2021-01-19');
  });
});

describe('latestRelease and supportTable', () => {
  const releases = [
    { version: '2.0.9', date: d('2025-03-01T00:00:00Z'), exact: true, security: false },
    { version: '2.0.10', date: d('2025-05-20T00:00:00Z'), exact: true, security: true },
    { version: '2.0.11', date: d('2025-12-15T00:00:00Z'), exact: false, security: true },
  ];

  it('picks the highest version released by now, by semver not by text', () => {
    expect(latestRelease({ releases }, d('2025-06-01T00:00:00Z'))?.version).toBe('2.0.10');
    expect(latestRelease({ releases }, d('2025-12-15T00:00:00Z'))?.version).toBe('2.0.11');
    expect(latestRelease({ releases }, d('2025-01-01T00:00:00Z'))).toBeUndefined();
  });

  it('leaves out branches not yet released and keeps the order given', () => {
    const future = branch({ branch: '3.0', released: d('2026-03-01T00:00:00Z') });
    const rows = supportTable([future, branch({ releases }), branch({ branch: '1.0', released: d('2024-01-01T00:00:00Z') })], d('2026-02-01T00:00:00Z'));
    expect(rows.map((r) => [r.branch.branch, r.support.status, r.support.phase, r.latest?.version])).toEqual([
      ['2.0', 'supported', 'security fixes only', '2.0.11'],
      ['1.0', 'supported', 'security fixes only', undefined],
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

  it('draws nothing from a support end no record gives, and says which branches lack it', () => {
    const t = rows([
      branch({ branch: '3.1', released: d('2025-01-01T00:00:00Z'), active_support_until: d('2026-01-01T00:00:00Z'), security_support_until: 'unknown', extended_support_until: undefined }),
      branch({ branch: '3.0', released: d('2024-06-01T00:00:00Z'), active_support_until: 'unknown', security_support_until: 'unknown', extended_support_until: undefined }),
    ]);
    expect(t.rows.map((r) => [r.branch, r.phases.map((p) => p.phase), r.partial])).toEqual([['3.1', ['active'], true]]);
    expect(t.undrawn).toEqual(['3.1', '3.0']);
  });
});
