// A long history splits the list into pages of at most LIST_PAGE_SIZE advisories that link to
// each other; a short one stays a single page (the other build tests cover that).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { build } from '../helpers/build.ts';
import { expectedPublic, writeSyntheticContent } from '../../scripts/bench/synthetic.ts';
import { LIST_PAGE_SIZE, paginate } from '../../src/site/view/pagination.ts';
import { launchChromium, preview } from '../helpers/browser.ts';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

it('paginates by LIST_PAGE_SIZE, always with a first page', () => {
  expect(paginate([])).toEqual([[]]);
  expect(paginate([1, 2, 3], 2)).toEqual([[1, 2], [3]]);
});

it('splits a list of more than one page and links every page from every page, and filters reach every page', async () => {
  const now = new Date('2026-06-01T12:00:00Z');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-pages-'));
  cleanup.push(dir);
  const all = writeSyntheticContent(dir, { seed: 42, count: LIST_PAGE_SIZE + 40, now, heldShare: 0, scheduledShare: 0, unreleasedShare: 0 });
  const publicIds = all.filter((a) => expectedPublic(a, now)).map((a) => a.id);
  expect(publicIds.length).toBeGreaterThan(LIST_PAGE_SIZE);
  const r = build(dir, now.toISOString());
  cleanup.push(r.outDir);
  expect(r.status, r.output).toBe(0);
  const first = fs.readFileSync(path.join(r.outDir, 'advisories/index.html'), 'utf8');
  const second = fs.readFileSync(path.join(r.outDir, 'advisories/page/2/index.html'), 'utf8');
  expect(fs.existsSync(path.join(r.outDir, 'advisories/page/3'))).toBe(false);
  const rows = (html: string) => [...html.matchAll(/class="id">(SYN-SA-\d{4}-\d{4})</g)].map((m) => m[1]);
  expect(rows(first)).toHaveLength(LIST_PAGE_SIZE);
  expect([...rows(first), ...rows(second)].sort()).toEqual([...publicIds].sort());
  for (const html of [first, second]) {
    expect(html).toContain('href="/advisories/page/2/"');
    expect(html).toMatch(/<a href="\/advisories\/"[^>]*>1<\/a>/);
  }
  expect(second).toContain('<title>Security advisories, page 2 of 2');

  // In a browser, a filter on page 2 covers page 1 too: the script takes in the other page's rows.
  // Filter by the severity of page 1's first row; expected: every row of that severity on either page.
  const bySeverity = (html: string) => [...html.matchAll(/<li data-severity="([^"]+)"[^>]*data-year="(\d{4})"[\s\S]*?class="id">(SYN-SA-\d{4}-\d{4})</g)].map((m) => ({ severity: m[1]!, year: m[2]!, id: m[3]! }));
  const listed = [...bySeverity(first), ...bySeverity(second)];
  expect(listed).toHaveLength(publicIds.length);
  const severity = listed[0]!.severity;
  const matching = listed.filter((row) => row.severity === severity).map((row) => row.id);
  const year = listed[0]!.year;
  const yearCount = listed.filter((row) => row.year === year);
  const server = await preview(dir, r.outDir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/advisories/page/2/?severity=${severity}`);
    await page.waitForFunction(() => (document.querySelector('#list-filters-status')?.textContent ?? '').startsWith('Showing '));
    expect(await page.locator('#list-filters-status').textContent()).toBe(`Showing ${matching.length} of ${publicIds.length} advisories on every page.`);
    const shown = await page.locator('.advisory-list > li:not([hidden]) .id').allTextContents();
    expect([...shown].sort()).toEqual([...matching].sort());
    const shownInYear = yearCount.filter((row) => row.severity === severity).length;
    expect(await page.locator(`[data-year-group][data-year="${year}"] [data-year-count]`).textContent()).toBe(`(${shownInYear} of ${yearCount.length})`);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForFunction(() => (document.querySelector('#list-filters-status')?.textContent ?? '').startsWith('Showing all'));
    expect(await page.locator('.advisory-list > li:not([hidden])').count()).toBe(publicIds.length - LIST_PAGE_SIZE);
  } finally {
    await browser.close();
    await server.stop();
  }
}, 240_000);
