// One content set built at three instants: before an embargo ends, at its end, and after the
// advisory's withdrawal. Each build must show exactly that moment.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build, files } from '../helpers/build.ts';

const CONTENT = 'tests/fixtures/time-travel';
const cleanup: string[] = [];
afterAll(() => cleanup.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function at(instant: string) {
  const r = build(CONTENT, instant);
  cleanup.push(r.outDir);
  expect(r.status, r.output).toBe(0);
  const read = (f: string) => fs.readFileSync(path.join(r.outDir, f), 'utf8');
  return { ...r, read, pages: files(r.outDir).filter((f) => f.startsWith('advisories/ACME')) };
}

describe('time travel with DISCLOSE_NOW', () => {
  it('one second before the embargo ends: nothing of the advisory is out', () => {
    const r = at('2025-06-10T13:59:59Z');
    expect(r.output).toContain('held back: ACME-SA-2025-001 (tests/fixtures/time-travel/advisories/ACME-SA-2025-001.mdx): scheduled until 2025-06-10T14:00:00Z');
    expect(r.pages).toEqual(['advisories/ACME-SA-2025-002/index.html']);
    expect(r.read('advisories/index.html')).not.toContain('heron');
    expect(r.output).toContain('embargo guard: 1 public, 1 held back (scheduled 1)');
  });

  it('at the embargo instant: published, not yet withdrawn', () => {
    const r = at('2025-06-10T14:00:00Z');
    expect(r.pages).toEqual(['advisories/ACME-SA-2025-001/index.html', 'advisories/ACME-SA-2025-002/index.html']);
    const page = r.read('advisories/ACME-SA-2025-001/index.html');
    expect(page).toContain('Token replay in the heron uploader');
    expect(page).not.toContain('Withdrawn');
    expect(r.read('advisories/index.html')).not.toContain('Withdrawn');
  });

  it('after the withdrawal: still published, clearly marked withdrawn', () => {
    const r = at('2025-07-01T00:00:00Z');
    expect(r.pages).toHaveLength(2);
    expect(r.read('advisories/ACME-SA-2025-001/index.html')).toMatch(/Withdrawn on <time datetime="2025-07-01T00:00:00.000Z">2025-07-01<\/time>/);
    expect(r.read('advisories/index.html')).toMatch(/ACME-SA-2025-001[\s\S]*Withdrawn/);
  });
});
