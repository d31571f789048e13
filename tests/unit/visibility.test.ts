import { describe, expect, it } from 'vitest';
import { describeHold, visibility } from '../../src/domain/visibility.ts';
import { indexReleases } from '../../src/domain/releases.ts';
import type { Branch } from '../../src/domain/model.ts';

const now = new Date('2025-06-01T12:00:00Z');
const branch: Branch = {
  branch: '2.0',
  id: '2.0',
  released: new Date('2025-01-01T00:00:00Z'),
  released_exact: true,
  lts: false,
  releases: [
    { version: '2.0.1', date: new Date('2025-06-01T00:00:00Z'), exact: true, security: true }, // released today, from midnight UTC
    { version: '2.0.2', date: new Date('2025-06-02T00:00:00Z'), exact: true, security: true }, // tomorrow
    { version: '2.0.3', date: new Date('2025-06-01T00:00:00Z'), exact: false, security: true }, // released_by: out by today's midnight
    { version: '2.0.4', date: new Date('2025-06-02T00:00:00Z'), exact: false, security: true }, // released_by tomorrow
  ],
};
const releases = indexReleases([branch]);
const before = new Date('2025-06-01T11:59:59Z');
const after = new Date('2025-06-01T12:00:01Z');

const statuses = ['draft', 'embargoed', 'published', 'withdrawn'] as const;
const table = statuses.flatMap((status) =>
  [before, after].flatMap((published) =>
    ['2.0.1', '2.0.2'].map((fixed) => {
      let expected = 'public';
      if (status === 'draft') expected = 'draft';
      else if (status === 'embargoed') expected = 'embargoed';
      else if (published > now) expected = `scheduled until ${published.toISOString().replace('.000', '')}`;
      else if (fixed === '2.0.2') expected = 'fix 2.0.2 not released (due 2025-06-02T00:00:00Z)';
      return { status, published, fixed, expected };
    }),
  ),
);

describe('visibility at the build instant', () => {
  it.each(table)('$status, published $published, fixed in $fixed → $expected', ({ status, published, fixed, expected }) => {
    const v = visibility({ status, published, affected: [{ ranges: [{ fixed }] }] }, releases, now);
    expect(v.public ? 'public' : describeHold(v.reason)).toBe(expected);
  });

  it('holds back a fix that releases.yaml does not list', () => {
    const v = visibility({ status: 'published', published: before, affected: [{ ranges: [{ fixed: '9.9.9' }] }] }, releases, now);
    expect(v.public ? 'public' : describeHold(v.reason)).toBe('fix 9.9.9 not released');
  });

  it('publishes an advisory with no fix yet, or a range with only last_affected', () => {
    expect(visibility({ status: 'published', published: before, affected: [{ ranges: [{}] }] }, releases, now)).toEqual({ public: true });
  });

  it('treats an upper bound (released_by) as released at that instant, and not before', () => {
    const at = (fixed: string, when: Date) => {
      const v = visibility({ status: 'published', published: new Date('2025-05-01T00:00:00Z'), affected: [{ ranges: [{ fixed }] }] }, releases, when);
      return v.public ? 'public' : describeHold(v.reason);
    };
    expect(at('2.0.3', now)).toBe('public');
    expect(at('2.0.3', new Date('2025-05-31T23:59:59Z'))).toBe('fix 2.0.3 not released (due 2025-06-01T00:00:00Z)');
    expect(at('2.0.4', now)).toBe('fix 2.0.4 not released (due 2025-06-02T00:00:00Z)');
    expect(at('2.0.4', new Date('2025-06-02T00:00:00Z'))).toBe('public');
  });

  it('is public at exactly the published instant', () => {
    expect(visibility({ status: 'published', published: now, affected: [] }, releases, now)).toEqual({ public: true });
  });
});
