// DESIGN.md's one rule: only src/data/advisories.ts reads the advisories collection.
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';

const SRC = path.resolve(import.meta.dirname, '../../src');

it('only the visibility-applying module calls getCollection for advisories', () => {
  const callers = (fs.readdirSync(SRC, { recursive: true }) as string[])
    .filter((f) => /\.(ts|astro|mjs|js)$/.test(f))
    .filter((f) => /getCollection\(\s*['"]advisories['"]|getEntry\(\s*['"]advisories['"]/.test(fs.readFileSync(path.join(SRC, f), 'utf8')));
  expect(callers).toEqual([path.join('site', 'data', 'advisories.ts')]);
});
