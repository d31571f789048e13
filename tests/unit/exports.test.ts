// Pure export logic: branch matching, the feed window, OSV ranges, security.txt expiry, releases API.
import { describe, expect, it } from 'vitest';
import { affectsBranch, rangeTouchesBranch } from '../../src/domain/versions.ts';
import { FEED_MIN_ENTRIES, feedModel, feedWindow } from '../../src/outputs/exports/feed-model.ts';
import { osvIndex, osvRange, toOsv } from '../../src/outputs/exports/osv.ts';
import { securityExpires, toSecurityTxt } from '../../src/outputs/exports/security-txt.ts';
import { toCsaf } from '../../src/outputs/exports/csaf.ts';
import { versRange } from '../../src/outputs/exports/csaf-products.ts';
import { acknowledgments } from '../../src/domain/acknowledgments.ts';
import { SITE, advisory } from '../helpers/records.ts';

describe('which release branches a range affects', () => {
  it.each([
    [{ introduced: '0', fixed: '1.0.3' }, '1.0', true],
    [{ introduced: '0', fixed: '1.0.3' }, '0.9', true],
    [{ introduced: '0', fixed: '1.0.3' }, '1.1', false],
    [{ introduced: '2.0.0-alpha', fixed: '2.0.1' }, '2.0', true],
    [{ introduced: '5.0.0', fixed: '5.2.4' }, '5.1', true],
    [{ introduced: '5.0.0', fixed: '5.2.0' }, '5.2', false], // only 5.2.0 pre-releases, never shipped
    [{ introduced: '5.2.3-beta', fixed: '5.2.3' }, '5.2', false],
    [{ introduced: '4.0.0' }, '4.4', true],
    [{ introduced: '4.0.0' }, '3.9', false],
    [{ introduced: '4.4.2', last_affected: '4.4.2' }, '4.4', true],
    [{ introduced: '4.4.3', last_affected: '4.4.9' }, '4.3', false],
  ])('%o touches %s: %s', (range, branch, expected) => {
    expect(rangeTouchesBranch(range, branch)).toBe(expected);
  });

  it('counts explicitly listed versions', () => {
    expect(affectsBranch({ ranges: [], versions: ['1.4.1'] }, '1.4')).toBe(true);
    expect(affectsBranch({ ranges: [], versions: ['1.4.1'] }, '1.5')).toBe(false);
  });
});

describe('the feed window', () => {
  const NOW = new Date('2025-06-01T00:00:00Z');
  const list = (n: number, daysApart: number) =>
    Array.from({ length: n }, (_, i) => ({ data: { published: new Date(NOW.getTime() - i * daysApart * 86_400_000) } }));

  it('holds the newest 50 when fewer were published in 90 days', () => {
    expect(feedWindow(list(80, 10), NOW)).toHaveLength(FEED_MIN_ENTRIES);
  });
  it('holds every entry of the last 90 days when that is more', () => {
    expect(feedWindow(list(200, 1), NOW)).toHaveLength(91);
  });
  it('holds everything when there is less', () => {
    expect(feedWindow(list(3, 100), NOW)).toHaveLength(3);
  });
  it("takes the feed's updated time from its newest entry, not the build instant", () => {
    const model = feedModel([advisory('ACME-SA-2025-001', { updated: '2025-05-25T08:00:00Z' })], SITE, { kind: 'site' }, new Date('2030-01-01T00:00:00Z'));
    expect(model.updated.toISOString()).toBe('2025-05-25T08:00:00.000Z');
  });
});

describe('OSV', () => {
  it('refuses a range with both fixed and last_affected', () => {
    expect(() => osvRange({ introduced: '1.0.0', fixed: '1.0.3', last_affected: '1.0.2' }, 'X')).toThrow('both fixed 1.0.3 and last_affected 1.0.2');
    expect(osvRange({ introduced: '1.0.0', last_affected: '1.0.2' }, 'X').events).toEqual([{ introduced: '1.0.0' }, { last_affected: '1.0.2' }]);
  });
  it('fails loudly when given nothing', () => {
    expect(() => toOsv(undefined as never, SITE)).toThrow(/nothing to export/);
    expect(() => osvIndex(undefined as never)).toThrow(/nothing to export/);
    expect(osvIndex([])).toEqual([]);
  });
  it('stamps modified with the latest of published, updated and withdrawn', () => {
    const a = advisory('ACME-SA-2025-002', { status: 'withdrawn', updated: '2025-05-21T00:00:00Z', withdrawn: '2025-05-30T12:00:00Z' });
    expect(toOsv(a, SITE)).toMatchObject({ modified: '2025-05-30T12:00:00Z', withdrawn: '2025-05-30T12:00:00Z', published: '2025-05-20T14:00:00Z' });
  });
});

describe('CSAF', () => {
  it('writes vers ranges for every shape of range', () => {
    expect(versRange('Packagist', { introduced: '0', fixed: '1.0.3' })).toBe('vers:composer/<1.0.3');
    expect(versRange('Packagist', { introduced: '4.0.0' })).toBe('vers:composer/>=4.0.0');
    expect(versRange('Other', { introduced: '0' })).toBe('vers:generic/*');
    expect(versRange('npm', { introduced: '1.0.0', last_affected: '1.2.0' })).toBe('vers:npm/>=1.0.0|<=1.2.0');
  });
  it('keeps the revision history in date order and the version equal to its length', () => {
    const a = advisory('ACME-SA-2025-003', { revisions: [{ date: '2025-05-25', summary: 'Added the CVE.' }], updated: '2025-06-02T00:00:00Z' });
    const { tracking } = toCsaf(a, SITE).document;
    expect(tracking.revision_history.map((r) => [r.number, r.date])).toEqual([
      ['1', '2025-05-20T14:00:00Z'],
      ['2', '2025-05-25T00:00:00Z'],
      ['3', '2025-06-02T00:00:00Z'],
    ]);
    expect(tracking.version).toBe('3');
    expect(tracking.current_release_date).toBe('2025-06-02T00:00:00Z');
  });
});

describe('security.txt', () => {
  it('expires expires_days after the build instant, always under a year', () => {
    expect(securityExpires(new Date('2025-11-01T00:00:00Z'), 180).toISOString()).toBe('2026-04-30T00:00:00.000Z');
    expect(securityExpires(new Date('2025-01-01T00:00:00Z'), 365).toISOString()).toBe('2025-12-31T23:59:59.000Z');
    expect(securityExpires(new Date('2024-01-01T00:00:00Z'), 365).toISOString()).toBe('2024-12-31T00:00:00.000Z');
  });
  it('leaves out Policy without a policy page and CSAF before anything is public', () => {
    const text = toSecurityTxt({ site: SITE, now: new Date('2025-11-01T00:00:00Z'), csaf: false });
    expect(text).not.toMatch(/^(Policy|CSAF):/m);
    expect(text).toMatch(/^Contact: mailto:security@acme.test$/m);
  });
});

it('acknowledges each person once, with every advisory that credits them', () => {
  const list = acknowledgments([
    advisory('ACME-SA-2025-001', { credits: [{ name: 'Zed' }, { name: 'ada', type: 'remediation_developer' }] }),
    advisory('ACME-SA-2025-002', { credits: [{ name: 'Zed', type: 'reporter' }] }),
  ]);
  expect(list.map((p) => [p.name, p.credits.map((c) => `${c.id} ${c.type}`)])).toEqual([
    ['ada', ['ACME-SA-2025-001 remediation developer']],
    ['Zed', ['ACME-SA-2025-001 finder', 'ACME-SA-2025-002 reporter']],
  ]);
});
