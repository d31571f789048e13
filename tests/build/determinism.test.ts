// The same content built twice at the same DISCLOSE_NOW gives byte-identical dist/ trees.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { build, files } from '../helpers/build.ts';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

it('two builds at the same instant are byte-identical', () => {
  const a = build('tests/fixtures/site', '2026-01-10T00:00:00Z');
  const b = build('tests/fixtures/site', '2026-01-10T00:00:00Z');
  cleanup.push(a.outDir, b.outDir);
  expect(a.status, a.output).toBe(0);
  expect(b.status, b.output).toBe(0);
  const list = files(a.outDir);
  expect(files(b.outDir)).toEqual(list);
  const differ = list.filter((f) => !fs.readFileSync(path.join(a.outDir, f)).equals(fs.readFileSync(path.join(b.outDir, f))));
  expect(differ).toEqual([]);
});
