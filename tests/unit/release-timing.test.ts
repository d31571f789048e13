// Past security releases: scheduled (in a policy month) or unscheduled, unknown for an upper-bound
// day, and the announcement that named the day, with its days of notice.
import { describe, expect, it } from 'vitest';
import { releaseTiming } from '../../src/domain/security-releases.ts';

const MONTHS = [2, 5, 8, 11];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const announcement = (slug: string, published: string, release: string) => ({ slug, data: { title: `Release on ${release}`, published: new Date(published), release_date: day(release) } });

describe('releaseTiming', () => {
  it('labels a release by whether its month is one of the policy’s', () => {
    expect(releaseTiming({ date: day('2025-05-20'), exact: true }, MONTHS, [])).toEqual({ kind: 'scheduled' });
    expect(releaseTiming({ date: day('2025-12-15'), exact: true }, MONTHS, [])).toEqual({ kind: 'unscheduled' });
    // Only an upper bound: it may have shipped in an earlier month, so the label is not known.
    expect(releaseTiming({ date: day('2026-07-02'), exact: false }, MONTHS, [announcement('a', '2026-06-01T00:00:00Z', '2026-07-02')])).toEqual({ kind: 'unknown' });
  });

  it('names the announcement of that day with the whole days of notice, and ignores others', () => {
    const early = announcement('2025-12-unscheduled', '2025-11-28T15:00:00Z', '2025-12-15');
    const other = announcement('2025-11', '2025-11-01T00:00:00Z', '2025-11-18');
    const late = announcement('after', '2025-12-16T00:00:00Z', '2025-12-15');
    expect(releaseTiming({ date: day('2025-12-15'), exact: true }, MONTHS, [other, late, early])).toEqual({
      kind: 'unscheduled',
      notice: { slug: '2025-12-unscheduled', title: 'Release on 2025-12-15', days: 17 },
    });
  });
});
