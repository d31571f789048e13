// The notice rule for pre-announcements: a release outside the scheduled months needs at least
// `notice_days` of notice; one in a scheduled month needs none. Exactly 14 days passes, 13 fails,
// and the message names the file, the dates and the shortfall.
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/read.ts';
import { checkAnnouncements } from '../../src/corpus/rules.ts';
import { formatProblem, type Problem } from '../../src/corpus/problems.ts';
import type { Announcement } from '../../src/domain/model.ts';

function problemsFor(published: string, releaseDate: string, months = [2, 5, 8, 11], notice_days = 14): string[] {
  const data: Announcement = {
    title: 'Security release',
    published: new Date(published),
    release_date: new Date(`${releaseDate}T00:00:00Z`),
    branches: ['2.0'],
    highest_risk: 'Critical',
  };
  const corpus = {
    siteFacts: { security_releases: { months, notice_days } },
    branchFacts: [{ branch: '2.0' }],
    announcements: [{ id: 'release', file: 'content/announcements/release.mdx', data, body: '' }],
  } as unknown as Corpus;
  const problems: Problem[] = [];
  checkAnnouncements(corpus, problems);
  return problems.map(formatProblem);
}

describe('notice for an unscheduled release (notice_days 14)', () => {
  it('accepts exactly 14 days of notice', () => {
    expect(problemsFor('2026-03-01T00:00:00Z', '2026-03-15')).toEqual([]);
  });

  it('rejects 13 days, naming the file, the dates and the shortfall', () => {
    expect(problemsFor('2026-03-02T00:00:00Z', '2026-03-15')).toEqual([
      "content/announcements/release.mdx: release_date: 2026-03-15 is an unscheduled release announced 2026-03-02T00:00:00Z, 13 days ahead; want at least 14 days' notice, 1 days short (move the release to 2026-03-16 or later, or announce earlier)",
    ]);
  });

  it('rejects an announcement made later on the 14th day before', () => {
    expect(problemsFor('2026-03-01T09:00:00Z', '2026-03-15')).toHaveLength(1);
  });

  it('needs no notice for a release in a scheduled month, even the next day', () => {
    expect(problemsFor('2026-05-19T12:00:00Z', '2026-05-20')).toEqual([]);
    expect(problemsFor('2026-11-29T00:00:00Z', '2026-11-30')).toEqual([]);
  });

  it('follows the months and notice period of site.yaml', () => {
    expect(problemsFor('2026-05-19T12:00:00Z', '2026-05-20', [6])).toHaveLength(1);
    expect(problemsFor('2026-03-08T00:00:00Z', '2026-03-15', [2, 5, 8, 11], 7)).toEqual([]);
  });
});
