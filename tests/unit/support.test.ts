// Support status at the build instant: each status, midnight-UTC boundaries, no announced end.
import { describe, expect, it } from 'vitest';
import { latestRelease, supportStatus, supportTable } from '../../src/lib/support.ts';
import type { Branch } from '../../src/schemas/releases.ts';

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
    ['2025-06-01T12:00:00Z', branch(), 'active'],
    ['2026-01-14T23:59:59Z', branch(), 'active'],
    ['2026-01-15T00:00:00Z', branch(), 'security fixes only'],
    ['2026-07-14T23:59:59Z', branch(), 'security fixes only'],
    ['2026-07-15T00:00:00Z', branch(), 'extended support (paid)'],
    ['2027-07-14T23:59:59Z', branch(), 'extended support (paid)'],
    ['2027-07-15T00:00:00Z', branch(), 'end of life'],
    ['2026-07-15T00:00:00Z', branch({ extended_support_until: undefined }), 'end of life'],
    ['2030-01-01T00:00:00Z', branch({ active_support_until: undefined, security_support_until: undefined, extended_support_until: undefined }), 'active'],
    ['2030-01-01T00:00:00Z', branch({ security_support_until: undefined, extended_support_until: undefined }), 'security fixes only'],
    // A branch superseded on its first day has no active phase at all.
    ['2025-01-15T00:00:00Z', branch({ active_support_until: d('2025-01-15T00:00:00Z') }), 'security fixes only'],
  ] as const)('at %s: %s', (now, b, status) => {
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
