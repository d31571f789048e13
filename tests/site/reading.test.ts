// Reading and following the default (Mautic) site in Debian's Chromium at 2026-11-29: search for
// "xss" finds every CWE-79 advisory through Pagefind's own API and through the search page, with
// clean excerpts, ids, severities and dates; branch pages link their feeds; a withdrawn page says
// once that it is kept for links; year counts follow a filter; the advisory page states each fact
// once. axe checks the pages this file is first to open, at 375 and 1,280 px.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { DESKTOP, PHONE, closePage, openPage, useServedSite } from '../helpers/browser.ts';
import { parseFeed } from '../helpers/exports.ts';

const CONTENT = path.join(ROOT, 'content');
const site = useServedSite(CONTENT, '2026-11-29T00:00:00Z');

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const open = (pathname: string, mode = DESKTOP): Promise<Page> => openPage(site, pathname, mode);
const done = closePage;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The advisories citing a weakness, read from the content's frontmatter with a plain YAML parser. */
function citing(cwe: string): string[] {
  return fs
    .readdirSync(path.join(CONTENT, 'advisories'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .filter((f) => {
      const front = parseYaml(fs.readFileSync(path.join(CONTENT, 'advisories', f), 'utf8').split(/^---$/m)[1]!) as { cwe?: string[] };
      return (front.cwe ?? []).includes(cwe);
    })
    .map((f) => path.basename(f, '.mdx'))
    .sort();
}
const XSS = citing('CWE-79');

describe('search for "xss"', () => {
  it('the content cites CWE-79 in 23 advisories', () => expect(XSS).toHaveLength(23));

  it('Pagefind’s own API finds every CWE-79 advisory, each with its id, severity and date and a clean excerpt', async () => {
    const page = await open('/search/');
    // Given as source text: the test runner would otherwise rewrite the import() for Node.
    const results = (await page.evaluate(
      `import('/pagefind/pagefind.js').then((pf) => pf.search('xss')).then((s) => Promise.all(s.results.map((r) => r.data())))`,
    )) as { url: string; excerpt: string; meta: Record<string, string | undefined> }[];
    const ids = results.map((r) => r.meta.id).filter(Boolean);
    expect(ids.filter((id) => XSS.includes(id!)).sort()).toEqual(XSS);
    for (const r of results.filter((x) => x.meta.id)) {
      expect(r.meta.severity, r.url).toMatch(/^(Low|Medium|High|Critical|Not critical|Less critical|Moderately critical|Highly critical)( \d)?/);
      expect(r.meta.published, r.url).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      // Excerpts come from the advisory's own words: no facts block run together with them.
      expect(r.excerpt, r.url).not.toMatch(/Severity\s*(Medium|High|Low|Critical)|Published\s*\d{4}|GitHub advisory/);
    }
    // The other weakness names reach the index the same way.
    const found = async (term: string) =>
      (await page.evaluate(
        `import('/pagefind/pagefind.js').then((pf) => pf.search(${JSON.stringify(term)})).then((s) => Promise.all(s.results.map((r) => r.data()))).then((d) => d.map((r) => r.meta.id))`,
      )) as (string | undefined)[];
    for (const [term, cwe] of [['sqli', 'CWE-89'], ['csrf', 'CWE-352'], ['ssrf', 'CWE-918']] as const) {
      const expected = citing(cwe);
      expect(expected.length, cwe).toBeGreaterThan(0);
      const ids = await found(term);
      expect(ids.filter((id) => expected.includes(id!)).sort(), term).toEqual(expected);
    }
    await done(page);
  });

  it('the search page shows every result, a batch at a time, each with id, severity and date', async () => {
    const page = await open('/search/?q=xss', PHONE);
    const status = page.locator('#search-status');
    await page.waitForFunction(() => /pages? match/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const total = Number((await status.textContent())!.match(/^(\d+)/)![1]);
    expect(total).toBeGreaterThanOrEqual(XSS.length);
    expect(await page.locator('#search-results > li').count()).toBe(Math.min(20, total));
    expect(squash(await status.textContent())).toContain(`showing the first 20`);
    const more = page.getByRole('button', { name: /^Show \d+ more$/ });
    while (await more.isVisible()) {
      const before = await page.locator('#search-results > li').count();
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('#search-results > li').length > n, before);
    }
    expect(await page.locator('#search-results > li').count()).toBe(total);
    const headings = await page.locator('#search-results h3').allTextContents();
    const found = headings.map((h) => h.match(/^(MAUTIC-SA-\d{4}-\d{3,})/)?.[1]).filter(Boolean);
    expect(found.filter((id) => XSS.includes(id!)).sort()).toEqual(XSS);
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('.result-facts').textContent()).toMatch(/^Severity \S.* · published \d{4}-\d{2}-\d{2}/);
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await done(page);
  });
});

describe('feeds from the pages that follow them', () => {
  it('a branch page links its own feeds, visibly and for autodiscovery, and they parse', async () => {
    const page = await open('/versions/5.2/');
    const feeds = page.locator('.scope-feeds');
    expect(squash(await feeds.textContent())).toBe('Follow new advisories affecting Mautic 5.2: RSS, Atom, JSON Feed.');
    const href = await feeds.getByRole('link', { name: 'RSS' }).getAttribute('href');
    expect(href).toBe('/feeds/branch/5.2/rss.xml');
    const alternates = await page.locator('link[rel="alternate"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(alternates).toEqual(expect.arrayContaining(['https://security.mautic.org/feeds/branch/5.2/rss.xml', 'https://security.mautic.org/feeds/branch/5.2/atom.xml', 'https://security.mautic.org/feeds/branch/5.2/feed.json']));
    const response = await page.request.get(site.server.url + href);
    expect(response.status()).toBe(200);
    const feed = parseFeed(await response.text());
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.some((i) => i.categories.some((c) => /^CVE-\d{4}-\d+$/.test(c.term)))).toBe(true);
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await done(page);
  });

  it('choosing a component in the list filters links that component’s feeds', async () => {
    const page = await open('/advisories/?component=tracking');
    const line = page.locator('#list-filters-feed');
    await line.waitFor();
    expect(squash(await line.textContent())).toBe('Follow new advisories for the tracking component: RSS, Atom, JSON Feed.');
    expect(await line.getByRole('link', { name: 'JSON Feed' }).getAttribute('href')).toBe('/feeds/component/tracking/feed.json');
    expect(await page.locator('link[data-filter-feed]').count()).toBe(3);
    await done(page);
  });
});

describe('the list under a filter', () => {
  it('year counts follow the filter, and go back when it is cleared', async () => {
    const page = await open('/advisories/');
    const counts = () => page.locator('[data-year-group]:not([hidden]) h2').allTextContents();
    const all = await counts();
    expect(all.length).toBeGreaterThan(3);
    await page.getByLabel('Severity').selectOption({ label: 'Critical' });
    await page.waitForFunction(() => /^Showing \d+ of/.test(document.querySelector('#list-filters-status')?.textContent ?? ''));
    const filtered = await counts();
    // Each shown year counts its visible rows out of all of that year's.
    const sections = await page.locator('[data-year-group]:not([hidden])').evaluateAll((groups) =>
      groups.map((g) => [g.querySelector('h2')!.textContent!.trim(), g.querySelectorAll('.advisory-list > li:not([hidden])').length, g.querySelectorAll('.advisory-list > li').length]),
    );
    for (const [heading, shown, total] of sections) expect(heading).toMatch(new RegExp(`\\(${shown} of ${total}\\)$`));
    const visible = sections.reduce((sum, [, shown]) => sum + Number(shown), 0);
    expect(await page.locator('#list-filters-status').textContent()).toBe(`Showing ${visible} of 59 advisories.`);
    expect(filtered).not.toEqual(all);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForFunction(() => (document.querySelector('#list-filters-status')?.textContent ?? '').startsWith('Showing all'));
    expect(await counts()).toEqual(all);
    await done(page);
  });

  it('past security releases say whether they were scheduled', async () => {
    const page = await open('/security-releases/');
    const shipped = squash(await page.getByRole('region', { name: 'Past security releases' }).textContent());
    expect(shipped).toMatch(/2025-05-28: 6\.0\.2, 5\.2\.6.*scheduled: in a planned release month/);
    expect(shipped).toMatch(/by 2026-10-26: .*scheduled or not is unknown/);
    await done(page);
  });
});

describe('the advisory page', () => {
  it('MAUTIC-SA-2024-010: one table for both packages, severity and dates once, labelled references, unaffected branches', async () => {
    const page = await open('/advisories/MAUTIC-SA-2024-010/', PHONE);
    expect(await page.getByRole('table').count()).toBeGreaterThanOrEqual(1);
    const affected = page.getByRole('table', { name: 'mautic/core and mautic/core-lib' });
    expect(await affected.getByRole('row').count()).toBe(3);
    expect(await page.getByRole('table', { name: 'mautic/core', exact: true }).count()).toBe(0);
    const main = squash(await page.locator('main').textContent());
    expect(main.match(/Medium 5\.1/g)).toHaveLength(1);
    expect(main.match(/2024-09-18 22:05 UTC/g)).toHaveLength(1);
    expect(main).not.toContain('To fix');
    expect(squash(await page.locator('.unaffected').textContent())).toBe(
      'Not affected: Mautic 7.2 (supported), Mautic 6.0 (paid extended support), Mautic 5.2 (paid extended support). No release of these branches is affected: users on them need do nothing.',
    );
    const references = await page.getByRole('region', { name: 'References' }).getByRole('link').allTextContents();
    expect(references).toEqual([
      'GitHub advisory GHSA-73gr-32wg-qhh7 in mautic/mautic',
      'CVE-2024-47050 at NVD',
      'Fix commit 0f21a3a in mautic/mautic',
      'Fix commit 43db5e4 in mautic/mautic',
      'Repository mautic/mautic on GitHub',
    ]);
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await done(page);
  });

  it('a withdrawn page says once that it is kept for links, and names no branch as safe', async () => {
    const page = await open('/advisories/MAUTIC-SA-2024-014/');
    const main = squash(await page.locator('main').textContent());
    expect(main.match(/links? (to it )?(keep|still) work|kept (only )?so|continue to resolve/g)).toHaveLength(1);
    expect(squash(await page.getByRole('note', { name: 'Withdrawn advisory' }).textContent())).toContain('It stays here so that links to it keep working. You do not need to act on it.');
    expect(await page.locator('.unaffected').count()).toBe(0);
    const axe = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
    expect(axe.violations.map((v) => v.id)).toEqual([]);
    await done(page);
  });

  it('credits show one name per person, and acknowledgments list Patryk Gruszka once', async () => {
    const page = await open('/acknowledgments/');
    const names = await page.locator('.acknowledgments > li > strong').allTextContents();
    expect(names.filter((n) => /gru[sz]/i.test(n))).toEqual(['Patryk Gruszka']);
    expect(await page.getByRole('link', { name: 'Patryk Gruszka' }).getAttribute('href')).toBe('https://github.com/patrykgruszka');
    expect(await page.locator('footer').getByRole('link', { name: 'Acknowledgments' }).getAttribute('href')).toBe('/acknowledgments/');
    // Every page's frame: a favicon, and a header search box that says what it searches.
    expect(await page.getByRole('searchbox', { name: 'Search advisories' }).getAttribute('placeholder')).toBe('Search advisories');
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect((await page.request.get(site.server.url + icon)).status()).toBe(200);
    await done(page);
  });
});
