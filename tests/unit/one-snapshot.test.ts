// ARCHITECTURE.md's one rule, kept by construction: one module applies the visibility rule and
// reads the clock (the snapshot), and one module reads rendered advisories from Astro's
// collection, only for advisories the snapshot made public.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

function sources(...dirs: string[]): string[] {
  return dirs.flatMap((dir) =>
    (fs.readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
      .filter((f) => /\.(ts|astro|mjs|js)$/.test(f))
      .map((f) => path.join(dir, f).split(path.sep).join('/'))
      .filter((f) => !f.startsWith('scripts/bench/')),
  );
}

const callers = (pattern: RegExp) => sources('src', 'scripts').filter((f) => pattern.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));

describe('one snapshot', () => {
  it('only the snapshot module applies the visibility rule', () => {
    expect(callers(/\b(visibility|isPublic|publicAdvisories)\(/).filter((f) => f !== 'src/domain/visibility.ts')).toEqual(['src/corpus/snapshot.ts']);
  });

  it('only the snapshot module takes the build instant, and only the clock module reads the clock', () => {
    expect(callers(/\bbuildInstant\(/).filter((f) => f !== 'src/corpus/clock.ts')).toEqual(['src/corpus/snapshot.ts']);
    expect(callers(/new Date\(\)|Date\.now\(\)/)).toEqual(['src/corpus/clock.ts']);
  });

  it('only the pages\' view of the snapshot reads the advisories collection', () => {
    expect(callers(/(getCollection|getEntry)\(\s*['"]advisories['"]/)).toEqual(['src/site/data/advisories.ts']);
  });
});
