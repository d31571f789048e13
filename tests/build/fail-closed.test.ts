// Failure injection: whichever build step fails, the build exits non-zero with one line that
// says what failed, and leaves no output folder for a careless deploy step to upload. (A build
// with an extra integration and no fault keeps its output: tests/build/embargo-guard.test.ts.)
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../helpers/build.ts';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function buildWithFault(fault: string) {
  const r = build('tests/fixtures/site', '2025-11-01T00:00:00Z', undefined, { config: 'tests/fixtures/faults/astro.config.mjs', env: { FAULT: fault } });
  cleanup.push(r.outDir);
  return { ...r, out: r.outDir.replace(`${process.cwd()}/`, '') };
}

describe.each([
  ['exports', /disclose: writing the export files failed: .*osv.*; \{out\}\/ removed so nothing can be deployed/],
  ['search', /disclose: the build stopped while writing the search index had not finished; \{out\}\/ removed so nothing can be deployed/],
  ['page', /disclose: the build stopped before the embargo guard passed; \{out\}\/ removed so nothing can be deployed/],
])('when %s fails', (fault, line) => {
  it('the build fails, says so in one line and leaves no output', { timeout: 300_000 }, () => {
    const r = buildWithFault(fault);
    expect(r.status, r.output).not.toBe(0);
    expect(r.output).toMatch(new RegExp(line.source.replace('\\{out\\}', r.out.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))));
    expect(r.output).not.toContain('embargo guard: 2 public');
    expect(fs.existsSync(r.outDir)).toBe(false);
  });
});
