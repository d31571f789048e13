// Golden error text: each broken fixture's report must equal its expected.txt line for line.
import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenCases, expected, overlay, report, SITE_FIXTURE } from '../helpers/fixtures.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('the valid site fixture', () => {
  it('has no problems (a withdrawn advisory may share an alias, "0" and pre-releases are allowed)', async () => {
    expect(await report(SITE_FIXTURE)).toEqual([]);
  });
});

describe.each(brokenCases())('broken fixture %s', (name) => {
  it('reports exactly the expected lines', async () => {
    const dir = overlay(name);
    made.push(dir);
    const lines = await report(dir);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines).toEqual(expected(name));
  });
});
