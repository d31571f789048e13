// Finding and checking in Debian's Chromium, on the fixture site at 2026-01-10: the header's
// search form and Pagefind, the list filters and their URL state, the version check's answers,
// the per-branch pages and the alias redirects. All of it runs under the site's Content Security
// Policy, from each page's <meta> and from the headers of _headers as a host sends them, and
// every test fails if the browser reports anything against a policy.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { HEADER_POLICY, META_POLICY, SECURITY_HEADERS } from '../../src/site/security-headers.ts';
import { useServedSite } from '../helpers/browser.ts';
import { closeServed, policyReports, serveHeaders, watchPolicies } from '../helpers/headers.ts';

const FIXTURE = 'tests/fixtures/site';
const NOW = '2026-01-10T00:00:00Z';

const site = useServedSite(FIXTURE, NOW);

async function open(pathname: string, amend?: Parameters<typeof serveHeaders>[3]): Promise<Page> {
  const context = await site.browser.newContext();
  await serveHeaders(context, site.built.outDir, site.server.url, amend);
  const page = await context.newPage();
  watchPolicies(page);
  await page.goto(site.server.url + pathname);
  return page;
}

/** Every test ends here: nothing the browser said may be about a policy it enforced. */
async function done(page: Page) {
  const reports = policyReports(page);
  await closeServed(page.context());
  expect(reports).toEqual([]);
}
const status = (page: Page) => page.getByRole('status');
const answered = (page: Page) => page.waitForFunction(() => {
  const s = document.querySelector('[role="status"]')?.textContent ?? '';
  return s !== '' && !s.endsWith('…');
});

describe('search', () => {
  it('finds an advisory by its CVE ID from the header’s search box', async () => {
    const page = await open('/');
    const box = page.getByRole('search', { name: 'Site' }).getByRole('searchbox', { name: 'Search advisories' });
    await box.fill('CVE-2026-10001');
    await box.press('Enter');
    await page.waitForURL('**/search/?q=CVE-2026-10001');
    await answered(page);
    const results = page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
    const first = results.getByRole('link').first();
    expect(await first.textContent()).toBe('ACME-SA-2026-001: Remote code execution through the theme uploader');
    await first.click();
    await page.waitForURL('**/advisories/ACME-SA-2026-001/');
    await done(page);
  });

  it('narrows results by severity and keeps query and filter in the URL', async () => {
    const page = await open('/search/?q=critical');
    await answered(page);
    await page.getByRole('combobox', { name: 'Severity' }).selectOption('Critical');
    await answered(page);
    expect(new URL(page.url()).searchParams.get('severity')).toBe('Critical');
    const titles = await page.locator('#search-results h3').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => /^ACME-SA-2025-0(22|05):/.test(t))).toBe(true);
    await done(page);
  });

  it('indexes the policy page and never a held-back advisory', async () => {
    const page = await open('/search/?q=policy');
    await answered(page);
    expect(await page.locator('#search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toContain('/security-policy/');
    await page.goto(`${site.server.url}/search/?q=quartz`);
    await answered(page);
    expect(await status(page).textContent()).toBe('Nothing matches “quartz”.');
    await done(page);
  });
});

describe('list filters', () => {
  const rows = (page: Page) => page.locator('.advisory-list > li:not([hidden])');

  it('shows only the chosen severity, says how many, and holds the state in the URL', async () => {
    const page = await open('/advisories/');
    expect(await status(page).textContent()).toBe('Showing all 8 advisories.');
    await page.getByRole('combobox', { name: 'Severity' }).selectOption({ label: 'Critical' });
    expect(await status(page).textContent()).toBe('Showing 2 of 8 advisories.');
    expect(new URL(page.url()).search).toBe('?severity=critical');
    const severities = await rows(page).locator('.severity').allTextContents();
    expect(severities.map((s) => s.replace(/\s+[\d.\/]+$/, '').trim())).toEqual(['Critical', 'Critical']);
    // The year with no critical advisory disappears with its heading.
    expect(await page.getByRole('heading', { level: 2, name: /2026/ }).isVisible()).toBe(false);

    // The link is the view: opening it again restores the same rows.
    const shared = await open('/advisories/?severity=critical&withdrawn=no');
    expect(await shared.getByRole('combobox', { name: 'Severity' }).inputValue()).toBe('critical');
    expect(await rows(shared).locator('h3').allTextContents()).toEqual(await rows(page).locator('h3').allTextContents());
    await shared.getByRole('button', { name: 'Clear filters' }).click();
    await shared.waitForURL((u) => u.search === '');
    expect(await rows(shared).count()).toBe(8);
    await done(page);
    await done(shared);
  });

  it('filters by withdrawn-or-not, year, component and package', async () => {
    const page = await open('/advisories/?withdrawn=yes');
    expect(await rows(page).locator('h3').allTextContents()).toEqual([expect.stringContaining('ACME-SA-2025-006')]);
    await page.goto(`${site.server.url}/advisories/?year=2026`);
    expect(await status(page).textContent()).toBe('Showing 1 of 8 advisories.');
    await page.goto(`${site.server.url}/advisories/?package=acme/lib`);
    expect(await rows(page).locator('.id').allTextContents()).toEqual(['ACME-SA-2026-001', 'ACME-SA-2025-021']);
    await done(page);
  });
});

describe('am I affected?', () => {
  const ids = (page: Page) => page.locator('#check-advisories .id').allTextContents();
  const section = (page: Page, name: RegExp) => page.getByRole('region', { name });
  const text = async (page: Page, name: RegExp) => (await section(page, name).innerText()).replace(/\s+/g, ' ').trim();

  it.each([
    // A supported branch whose own release fixes everything: no move needed.
    ['2.0.0', ['ACME-SA-2026-001', 'ACME-SA-2025-005', 'ACME-SA-2025-022', 'ACME-SA-2025-004', 'ACME-SA-2025-001', 'ACME-SA-2025-020'], /Upgrade to 2\.0\.2 \(released 2025-12-15\)\. It fixes all 6\. 2\.0\.2 is a free release from the project\./, /Not needed: 2\.0 is supported/, 'Branch 2.0: supported: active, security fixes until 2026-07-15 (ends in 6 months).'],
    // Paid extended support: the branch's fix is for paying customers; 2.0.2 is one major away.
    ['1.0.3', ['ACME-SA-2026-001', 'ACME-SA-2025-005', 'ACME-SA-2025-022', 'ACME-SA-2025-021'], /Upgrade to 1\.0\.4 \(released 2025-12-15\)\. It fixes all 4\. 1\.0\.4 is an extended support release: only customers of paid extended support get it\./, /Upgrade to 2\.0\.2 on the 2\.0 branch .*a free release that fixes all of them.*2\.0\.2 is one major version ahead of 1\.0\.3\./, 'Branch 1.0: extended support (paid), until 2026-09-30 (ends in 9 months).'],
    // End of life, and no later 0.9 release: move, with the paid 1.0.4 as the alternative between.
    ['0.9.1', ['ACME-SA-2026-001', 'ACME-SA-2025-022', 'ACME-SA-2025-001'], /No 0\.9 release after 0\.9\.1 fixes any of them\./, /Upgrade to 2\.0\.2 on the 2\.0 branch.*two major versions ahead of 0\.9\.1.*1\.0\.4 on the 1\.0 branch: extended support \(paid\), until 2026-09-30/, 'Branch 0.9: end of life since 2024-09-01 (ended 1 year ago).'],
  ])('%s: lists the advisories with their fix on the branch, and both answers', async (version, expected, stay, move, branch) => {
    const page = await open('/check/');
    await page.getByRole('textbox', { name: 'Your version' }).fill(version);
    await page.getByRole('button', { name: 'Check' }).click();
    await answered(page);
    expect(new URL(page.url()).searchParams.get('v')).toBe(version);
    expect(await ids(page)).toEqual(expected);
    expect((await page.locator('#check-branch').textContent())?.replace(/\s+/g, ' ')).toBe(branch);
    expect(await text(page, /^Stay on /)).toMatch(stay);
    expect(await text(page, /^Move to a supported branch$/)).toMatch(move);
    await done(page);
  });

  it('never counts the withdrawn advisory that names 2.0.0', async () => {
    const page = await open('/check/?v=2.0.0');
    await answered(page);
    expect(await ids(page)).not.toContain('ACME-SA-2025-006');
    await done(page);
  });

  it('says so plainly when the input is not a version, and lists nothing', async () => {
    const page = await open('/check/?v=five');
    await answered(page);
    expect(await status(page).textContent()).toBe('“five” is not a version number. Enter a full version number such as 1.2.3 (major.minor.patch); no advisories are listed for anything else.');
    expect(await page.locator('#check-result').isVisible()).toBe(false);
    expect(await ids(page)).toEqual([]);
    await done(page);
  });

  it('answers a pre-release from the ranges, with a note', async () => {
    const page = await open('/check/?v=2.0.0-beta.1');
    await answered(page);
    expect(await ids(page)).toEqual(['ACME-SA-2026-001', 'ACME-SA-2025-001']);
    expect(await page.locator('#check-notes').textContent()).toMatch(/2\.0\.0-beta\.1 is a pre-release/);
    await done(page);
  });
});

describe('branch pages and alias addresses', () => {
  it('lists what affects a branch with its fix, linked from the supported-versions table', async () => {
    const page = await open('/supported-versions/');
    await page.getByRole('link', { name: '1.0', exact: true }).click();
    await page.waitForURL('**/versions/1.0/');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Acme 1.0 LTS');
    expect(await page.locator('.facts').textContent()).toMatch(/Support status\s*extended support \(paid\), until 2026-09-30 \(ends in 9 months\)\s*Latest release\s*1\.0\.4 \(2025-12-15\)/);
    const table = page.getByRole('table', { name: 'Advisories affecting 1.0, newest first' });
    const row = table.getByRole('row').filter({ hasText: 'ACME-SA-2026-001' });
    expect(await row.getByRole('cell').last().textContent()).toMatch(/acme\/app:\s*1\.0\.4\s*acme\/lib:\s*1\.0\.4/);
    expect(await table.textContent()).not.toContain('ACME-SA-2025-006');
    await done(page);
  });

  it('sends /cve/<ID>/ to the advisory still in force, not the withdrawn duplicate', async () => {
    const page = await open('/cve/CVE-2025-10001/');
    await page.waitForURL('**/advisories/ACME-SA-2025-001/');
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    const ghsa = await open('/ghsa/GHSA-6666-7777-8888/');
    await ghsa.waitForURL('**/advisories/ACME-SA-2026-001/');
    await done(page);
    await done(ghsa);
  });
});

describe('the Content Security Policy', () => {
  it('is stated by every page and sent by the host with the other security headers', async () => {
    const page = await open('/');
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toBe(META_POLICY);
    for (const pathname of ['/search/', '/pagefind/pagefind-worker.js', '/api/affected.json']) {
      const headers = (await page.goto(site.server.url + pathname))?.headers() ?? {};
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name.toLowerCase()], `${pathname} ${name}`).toBe(value);
    }
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(HEADER_POLICY);
    await done(page);
  });

  it('blocks and reports what it forbids, so the tests above would see a violation', async () => {
    const page = await open('/check/');
    const ran = await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.documentElement.dataset.inline = "ran"';
      document.body.append(script);
      return document.documentElement.dataset.inline === 'ran';
    });
    expect(ran).toBe(false);
    const reports = policyReports(page);
    expect(reports.length).toBeGreaterThan(0);
    expect(reports.every((r) => /inline script violates the following Content Security Policy directive 'script-src 'self' 'wasm-unsafe-eval''/.test(r))).toBe(true);
    await closeServed(page.context());
  });

  it('reaches Pagefind’s worker, whose WebAssembly fails without wasm-unsafe-eval', async () => {
    const withoutWasm = (pathname: string, headers: Record<string, string>) =>
      pathname.endsWith('/pagefind-worker.js') ? { ...headers, 'Content-Security-Policy': HEADER_POLICY.replace(" 'wasm-unsafe-eval'", '') } : headers;
    const page = await open('/search/?q=critical', withoutWasm);
    await answered(page);
    expect(await status(page).textContent()).toMatch(/^Search could not load/);
    const reports = policyReports(page);
    expect(reports.some((r) => r.startsWith('worker ') && /WebAssembly.*Content Security Policy/s.test(r))).toBe(true);
    await closeServed(page.context());
  });
});
