// Leak injection: held-back fingerprints planted in the output must fail the build, with one
// line per leak naming the item, the file and what matched, and leave no dist. One build plants
// every kind of leak at once (and adds a page that bypasses the snapshot); another plants none.
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../helpers/build.ts';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function buildWithLeak(kind: string) {
  const r = build('tests/fixtures/site', '2025-11-01T00:00:00Z', undefined, {
    config: 'tests/fixtures/leaks/astro.config.mjs',
    env: { LEAK_KIND: kind },
  });
  cleanup.push(r.outDir);
  return { ...r, out: r.outDir.replace(`${process.cwd()}/`, '') };
}

describe('a build with leaks of every kind planted', () => {
  let r: ReturnType<typeof buildWithLeak>;
  beforeAll(() => {
    r = buildWithLeak('all');
  }, 300_000);

  it('fails, removes dist and says so in its summary', () => {
    expect(r.status, r.output).toBe(1);
    expect(r.output).toMatch(/embargo guard: 2 public, 8 held back .*; \d+ leaks, 1 unreadable files; \S+ removed so nothing can be deployed/);
    expect(fs.existsSync(r.outDir)).toBe(false);
  });

  it.each([
    ['html', 'ACME-SA-2025-002 (draft) leaked into {out}/leak.html: title "Draft about the importer quartz lantern"'],
    ['json', 'ACME-SA-2025-003 (embargoed) leaked into {out}/export.json: text "embargoed body about the saffron gateway that is"'],
    ['gzip', 'ACME-SA-2025-003 (embargoed) leaked into {out}/notes.txt.gz: alias CVE-2025-10003'],
    ['pagefind', 'ACME-SA-2025-004 (scheduled until 2025-11-20T14:00:00Z) leaked into {out}/pagefind/fragment/en_1a2b3c.pf_fragment: id'],
    ['sourcemap', 'ACME-SA-2025-005 (fix 2.0.2 not released (due 2025-12-15T00:00:00Z)) leaked into {out}/_astro/app.js.map: title "Unreleased fix for the amber queue"'],
    ['announcement', 'announcement 2025-11-security-release (scheduled until 2025-11-04T12:00:00Z) leaked into {out}/security-releases/2025-11-security-release/index.html: path /security-releases/2025-11-security-release/'],
    ['unreadable', 'cannot read {out}/broken.json.gz: unexpected end of file'],
  ])('reports the leak planted as %s in one line', (_kind, line) => {
    expect(r.output).toContain(`embargo guard: ${line.replace('{out}', r.out)}`);
  });

  it('catches a page that bypasses the snapshot, for every held-back advisory', () => {
    for (const [id, reason] of [
      ['ACME-SA-2025-002', 'draft'],
      ['ACME-SA-2025-003', 'embargoed'],
      ['ACME-SA-2025-004', 'scheduled until 2025-11-20T14:00:00Z'],
      ['ACME-SA-2025-005', 'fix 2.0.2 not released (due 2025-12-15T00:00:00Z)'],
    ]) {
      expect(r.output).toContain(`embargo guard: ${id} (${reason}) leaked into ${r.out}/bypass/index.html: id`);
    }
  });
});

it('passes a clean build and prints its summary', { timeout: 300_000 }, () => {
  const r = buildWithLeak('none');
  expect(r.status, r.output).toBe(0);
  expect(r.output).toMatch(/embargo guard: 2 public, 8 held back \(draft 1, embargoed 1, scheduled 5, fix not released 1\), 1 announcement scheduled; scanned \d+ files, [\d.]+ kB in [\d.]+ s \([\d.]+ s of it on fingerprints; [\d.]+ s more waiting for the search index\); no leaks/);
});
