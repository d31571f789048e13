// The snapshot is taken once per build or command: one clock reading decides everything.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openContent } from '../../src/corpus/snapshot.ts';

const SITE = path.resolve(import.meta.dirname, '../fixtures/site');
const HOUR = 3_600_000;

/** A clock that moves an hour on every reading, and counts them. */
function advancingClock(start: string) {
  const clock = Object.assign(() => new Date(Date.parse(start) + clock.reads++ * HOUR), { reads: 0 });
  return clock;
}

describe('openContent', () => {
  it('reads the clock exactly once when DISCLOSE_NOW is unset, and uses that instant throughout', () => {
    // ACME-SA-2025-004 goes public at 2025-11-20T14:00:00Z: a second reading an hour later
    // would publish it, so a split decision would show up here.
    const clock = advancingClock('2025-11-20T13:30:00Z');
    const { now, snapshot } = openContent(SITE, { clock, env: {} });
    expect(clock.reads).toBe(1);
    expect(now.toISOString()).toBe('2025-11-20T13:30:00.000Z');
    expect(snapshot!.now).toBe(now);
    expect(snapshot!.held.map((h) => h.entry.id)).toContain('ACME-SA-2025-004');
    expect(snapshot!.public.map((a) => a.id)).not.toContain('ACME-SA-2025-004');
  });

  it('does not read the clock when DISCLOSE_NOW pins the instant', () => {
    const clock = advancingClock('2030-01-01T00:00:00Z');
    const { now } = openContent(SITE, { clock, env: { DISCLOSE_NOW: '2025-11-01' } });
    expect(clock.reads).toBe(0);
    expect(now.toISOString()).toBe('2025-11-01T00:00:00.000Z');
  });

  it('splits advisories and announcements into public and held back, each held one with its reason', () => {
    const { snapshot } = openContent(SITE, { env: { DISCLOSE_NOW: '2025-11-01T00:00:00Z' } });
    expect(snapshot!.public.map((a) => a.id)).toEqual(['ACME-SA-2025-006', 'ACME-SA-2025-001']);
    expect(Object.fromEntries(snapshot!.held.map((h) => [h.entry.id, h.reason.kind]))).toEqual({
      'ACME-SA-2025-002': 'draft',
      'ACME-SA-2025-003': 'embargoed',
      'ACME-SA-2025-004': 'scheduled',
      'ACME-SA-2025-005': 'fix-unreleased',
      'ACME-SA-2025-020': 'scheduled',
      'ACME-SA-2025-021': 'scheduled',
      'ACME-SA-2025-022': 'scheduled',
      'ACME-SA-2026-001': 'scheduled',
    });
    expect(snapshot!.announcements.published).toEqual([]);
    expect(snapshot!.announcements.scheduled.map((n) => n.id)).toEqual(['2025-11-security-release']);
    const later = openContent(SITE, { env: { DISCLOSE_NOW: '2025-11-05T00:00:00Z' } }).snapshot!;
    expect(later.announcements.published.map((n) => n.id)).toEqual(['2025-11-security-release']);
    expect(later.announcements.scheduled).toEqual([]);
  });
});
