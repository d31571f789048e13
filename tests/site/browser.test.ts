// The fixture site in Debian's Chromium: a visitor's path through it by role, a phone and the
// dark scheme, no JavaScript, and axe's WCAG 2.0/2.1/2.2 A and AA rules on every page type.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { files } from '../helpers/build.ts';
import { useServedSite } from '../helpers/browser.ts';

// 2026-01-10: every risk level is public, 2.0 is active, 1.0 in paid extended support, 0.9 ended.
const FIXTURE = 'tests/fixtures/site';
const NOW = '2026-01-10T00:00:00Z';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const PAGE_TYPES = {
  home: '/',
  list: '/advisories/',
  'advisory, Not critical': '/advisories/ACME-SA-2025-020/',
  'advisory, Less critical': '/advisories/ACME-SA-2025-021/',
  'advisory, Moderately critical': '/advisories/ACME-SA-2025-001/',
  'advisory, Critical': '/advisories/ACME-SA-2025-022/',
  'advisory, Highly critical': '/advisories/ACME-SA-2026-001/',
  'advisory, label only (High)': '/advisories/ACME-SA-2025-004/',
  'advisory, withdrawn (CVSS headline)': '/advisories/ACME-SA-2025-006/',
  'supported versions': '/supported-versions/',
  'policy page': '/security-policy/',
  'response times': '/response-times/',
  'security releases': '/security-releases/',
  'security release announcement': '/security-releases/2025-11-security-release/',
  '404': '/no-such-page/',
  'search, with results': '/search/?q=critical',
  'version check, with a result': '/check/?v=2.0.0',
  'version check, not a version': '/check/?v=five',
  'version check, both answers and a paid alternative': '/check/?v=0.9.1',
  'branch page': '/versions/1.0/',
} as const;

/** Pages whose script answers in a live region are ready once it has answered. */
async function settled(page: Page) {
  await page.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].every((s) => s.textContent !== '' && !s.textContent?.endsWith('…')));
}

const MODES: Record<string, BrowserContextOptions> = {
  'light, desktop': { colorScheme: 'light', viewport: { width: 1280, height: 900 } },
  'dark, desktop': { colorScheme: 'dark', viewport: { width: 1280, height: 900 } },
  'light, 375 px': { colorScheme: 'light', viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true },
  'dark, 375 px': { colorScheme: 'dark', viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true },
};

const site = useServedSite(FIXTURE, NOW);

async function open(pathname: string, mode: BrowserContextOptions = MODES['light, desktop']!): Promise<Page> {
  const context = await site.browser.newContext(mode);
  const page = await context.newPage();
  await page.goto(site.server.url + pathname);
  return page;
}

async function done(page: Page) {
  await page.context().close();
}

describe('a visitor’s path through the site', () => {
  it('goes home → list → advisory → supported versions → policy page, by role', async () => {
    const page = await open('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Acme Security Advisories');
    await expect(page.getByRole('region', { name: 'Next security release' }).textContent()).resolves.toContain('February 2026');
    const glance = await page.getByRole('region', { name: 'Supported versions' }).textContent();
    expect(glance).toMatch(/2\.0\s*supported: active, security fixes until 2026-07-15 \(ends in 6 months\)/);
    expect(glance).toMatch(/1\.0\s*extended support \(paid\), until 2026-09-30 \(ends in 9 months\)/);
    expect(glance).not.toContain('0.9');
    const subscribe = page.getByRole('region', { name: 'Subscribe' });
    expect(await subscribe.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/feeds/rss.xml', '/feeds/atom.xml', '/feeds/feed.json']);

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Advisories' }).click();
    await page.waitForURL('**/advisories/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Security advisories');
    const years = await page.getByRole('heading', { level: 2 }).allTextContents();
    expect(years.map((y) => y.replace(/\s*\(\d+\)$/, ''))).toEqual(['2026', '2025']);
    const rows = await page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }).allTextContents();
    expect(rows).toHaveLength(8);
    expect(rows[0]).toContain('ACME-SA-2026-001');
    expect(rows[0]).toContain('Highly critical 24/25');
    expect(rows[0]).toContain('CVE-2026-10001');
    expect(rows[0]).toMatch(/acme\/app\s*1\.0\.4, 2\.0\.2/);
    expect(rows.find((r) => r.includes('ACME-SA-2025-006'))).toContain('Withdrawn');

    await page.getByRole('link', { name: /Remote code execution through the theme uploader/ }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Remote code execution through the theme uploader');
    expect(await page.getByRole('link', { name: 'CVE-2026-10001' }).getAttribute('href')).toBe('https://www.cve.org/CVERecord?id=CVE-2026-10001');
    expect(await page.getByRole('link', { name: 'GHSA-6666-7777-8888' }).getAttribute('href')).toBe('https://github.com/advisories/GHSA-6666-7777-8888');
    expect(await page.getByText('CWE-434').locator('..').textContent()).toBe('CWE-434: Unrestricted Upload of File with Dangerous Type');
    const appTable = page.getByRole('table', { name: 'acme/app' });
    expect(await appTable.getByRole('columnheader').allTextContents()).toEqual(['Affected versions', 'Fix']);
    expect(await appTable.getByRole('row').nth(2).textContent()).toBe('From 2.0.0-alpha up to, not including, 2.0.22.0.2: upgrade to it or later on the 2.0 branch');
    // acme/lib's ranges differ from acme/app's, so it keeps a table of its own.
    expect(await page.getByRole('table', { name: 'acme/lib' }).getByRole('cell').first().textContent()).toBe('From 1.0.0 up to, not including, 1.0.4');
    const credits = await page.getByRole('region', { name: 'Credits' }).textContent();
    expect(credits).toMatch(/Found by\s*Ana Lopez\s*Ben Okafor/);
    expect(credits).toMatch(/Fix reviewed by\s*Dana Kim/);
    const references = page.getByRole('region', { name: 'References' });
    expect(await references.getByRole('link').evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')]))).toEqual([
      ['Advisory at example.test/acme/advisories/2026-001', 'https://example.test/acme/advisories/2026-001'],
      ['Fix at example.test/acme/commit/aaa', 'https://example.test/acme/commit/aaa'],
      ['Fix at example.test/acme/commit/bbb', 'https://example.test/acme/commit/bbb'],
      ['Article at example.test/blog/theme-uploader', 'https://example.test/blog/theme-uploader'],
    ]);
    const timeline = await page.getByRole('region', { name: 'Timeline' }).textContent();
    expect(timeline).toMatch(/Acknowledged 2025-12-01 12:00 UTC\s*\(4 hours after the report\)/);
    expect(timeline).toContain('Named acme/lib as affected too.');
    expect(await page.getByRole('link', { name: 'This advisory as OSV JSON' }).getAttribute('href')).toBe('/osv/ACME-SA-2026-001.json');
    expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe('https://security.acme.test/advisories/ACME-SA-2026-001/');

    await nav.getByRole('link', { name: 'Supported versions' }).click();
    const table = page.getByRole('table', { name: 'Release branches, newest first' });
    const status = async (branch: string) => table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: branch }) }).getByRole('cell').first().textContent();
    expect(await status('2.0')).toBe('supported: active, security fixes until 2026-07-15 (ends in 6 months)');
    expect(await status('1.0 LTS')).toBe('extended support (paid), until 2026-09-30 (ends in 9 months)');
    expect(await status('0.9')).toBe('end of life since 2024-09-01 (ended 1 year ago)');
    expect(await page.textContent('main')).toMatch(/alpha, beta and release-candidate builds are for testing, not for production/);

    await nav.getByRole('link', { name: 'Security policy' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Security policy');
    await done(page);
  });

  it('answers an unknown address with the 404 page and a way back', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const response = await page.goto(`${site.server.url}/advisories/ACME-SA-2025-999/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Page not found');
    await page.getByRole('link', { name: 'Browse all security advisories' }).click();
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Security advisories');
    await done(page);
  });

  it('marks a withdrawn advisory with a banner in words', async () => {
    const page = await open(PAGE_TYPES['advisory, withdrawn (CVSS headline)']);
    expect(await page.getByRole('note', { name: 'Withdrawn advisory' }).textContent()).toMatch(/Withdrawn on 2025-05-23.*no longer applies/s);
    await done(page);
  });

  it('starts with a visible skip link that moves focus to the content', async () => {
    const page = await open('/advisories/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    await done(page);
  });
});

describe('a phone and the dark scheme', () => {
  it('keeps the navigation usable at 375 px and stacks the support table', async () => {
    const page = await open('/supported-versions/', MODES['light, 375 px']);
    for (const name of ['Advisories', 'Supported versions', 'Security policy']) {
      expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).isVisible()).toBe(true);
    }
    const cell = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2.0' }) }).getByRole('cell').first();
    expect(await cell.evaluate((el) => getComputedStyle(el).display)).toBe('block');
    await done(page);
  });

  it('switches to dark colours', async () => {
    const light = await open('/');
    const dark = await open('/', MODES['dark, desktop']);
    const colours = (p: Page) => p.evaluate(() => [getComputedStyle(document.documentElement).backgroundColor, getComputedStyle(document.body).color]);
    expect(await colours(light)).toEqual(['rgb(255, 255, 255)', 'rgb(31, 35, 40)']);
    expect(await colours(dark)).toEqual(['rgb(15, 20, 25)', 'rgb(230, 237, 243)']);
    await done(light);
    await done(dark);
  });
});

describe('no JavaScript', () => {
  const SCRIPTED = ['advisories/index.html', 'check/index.html', 'search/index.html'];

  it('ships scripts only to the list, the version check and search; content pages have none', () => {
    const all = files(site.built.outDir);
    expect(all.filter((f) => /\.m?js$/.test(f) && !/^(_astro|pagefind)\//.test(f))).toEqual([]);
    for (const f of all.filter((f) => f.endsWith('.html'))) {
      const html = fs.readFileSync(path.join(site.built.outDir, f), 'utf8');
      if (SCRIPTED.includes(f)) expect(html, f).toMatch(/<script\b/i);
      else expect(html, f).not.toMatch(/<script\b/i);
    }
  });

  it('shows the whole list without JavaScript, and no filter controls that would do nothing', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}/advisories/?severity=critical`);
    expect(await page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }).count()).toBe(8);
    expect(await page.getByRole('form', { name: 'Filter the advisories' }).count()).toBe(0);
    await page.goto(`${site.server.url}/check/?v=2.0.0`);
    expect(await page.textContent('main')).toMatch(/needs JavaScript/);
    expect(await page.getByRole('link', { name: 'Acme 1.0' }).getAttribute('href')).toBe('/versions/1.0/');
    await context.close();
  });
});

// Each check has a browser context of its own, so several run at once (up to vitest's
// maxConcurrency): Chromium lays out one page while axe analyses another.
describe('axe (WCAG 2.0, 2.1, 2.2 A and AA) and no sideways scrolling', () => {
  for (const [mode, options] of Object.entries(MODES)) {
    it.concurrent.for(Object.entries(PAGE_TYPES))(`${mode}: %s`, async ([, pathname], { expect }) => {
      const page = await open(pathname, options);
      await settled(page);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBe(0);
      await done(page);
    });
  }
});
