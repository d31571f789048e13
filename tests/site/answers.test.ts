// The answers the default (Mautic) site gives, in Debian's Chromium at 2026-11-29: the version
// check's two answers for 4.4.12, 5.2.3, 6.0.1 and 7.2.2 with each advisory's fix on the
// reader's branch; one support vocabulary, word for word, on the home page, /supported-versions/,
// the branch pages, the checker and /api/releases.json; upper-bound and unknown dates; the
// severity page's statement from the content; and axe on these pages at 375 and 1,280 px.
import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/build.ts';
import { DESKTOP, PHONE, closePage, openPage, useServedSite } from '../helpers/browser.ts';

const site = useServedSite(path.join(ROOT, 'content'), '2026-11-29T00:00:00Z');


const open = (pathname: string, mode = DESKTOP): Promise<Page> => openPage(site, pathname, mode);
const done = closePage;
const squash = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

async function check(version: string, mode = DESKTOP): Promise<Page> {
  const page = await open(`/check/?v=${version}`, mode);
  await page.waitForFunction(() => {
    const s = document.querySelector('#check-status')?.textContent ?? '';
    return s !== '' && !s.endsWith('…');
  });
  return page;
}
const region = async (page: Page, name: RegExp) => squash(await page.getByRole('region', { name }).innerText());
/** Each listed advisory with the fix the table gives for the reader's branch. */
const fixes = async (page: Page) =>
  Object.fromEntries(
    await page.locator('#check-advisories tbody tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('.id')?.textContent ?? '', r.querySelector('td:last-child')?.textContent ?? ''])),
  ) as Record<string, string>;

interface Cycle {
  cycle: string;
  status: string;
  statusText: string;
  releaseDate: string;
  releaseDateExact: boolean;
  eol: string | boolean;
  support: string | boolean;
  latest: string;
  latestReleaseDateExact: boolean;
}
const api = () => JSON.parse(fs.readFileSync(path.join(site.built.outDir, 'api/releases.json'), 'utf8')) as Cycle[];

describe('the version check’s two answers', () => {
  it('4.4.12: stay on 4.4 with 4.4.20 (paid, 18 of 22, four named), or move to 7.2.2, three majors away', async () => {
    const page = await check('4.4.12');
    expect(squash(await page.locator('#check-status').textContent())).toBe('4.4.12 is affected by 22 published advisories. Staying on 4.4: 4.4.20 fixes 18 of them. Moving: 7.2.2 on 7.2 fixes all of them.');
    const stay = await region(page, /^Stay on 4\.4$/);
    expect(stay).toContain('Upgrade to 4.4.20 (released by 2026-07-02). It fixes 18 of the 22.');
    expect(stay).toContain('4.4.20 is an extended support release: only customers of paid extended support get it. How to get extended support.');
    expect(await page.getByRole('link', { name: 'How to get extended support' }).getAttribute('href')).toMatch(/^https:\/\/mautic\.org\//);
    const remaining = await page.locator('#check-stay .remaining .id').allTextContents();
    expect([...remaining].sort()).toEqual(['MAUTIC-SA-2025-001', 'MAUTIC-SA-2025-002', 'MAUTIC-SA-2025-003', 'MAUTIC-SA-2026-001']);
    const move = await region(page, /^Move to a supported branch$/);
    expect(move).toContain('Upgrade to 7.2.2 on the 7.2 branch (released by 2026-10-26): a free release that fixes all of them.');
    expect(move).toContain('7.2.2 is three major versions ahead of 4.4.12.');
    expect(move).toMatch(/5\.2\.11 on the 5\.2 branch: extended support \(paid\), until 2028-06-30 .*6\.0\.9 on the 6\.0 branch: extended support \(paid\), until 2027-09-30 .*6\.0\.9 itself is a free release/);
    const table = await fixes(page);
    expect(Object.keys(table)).toHaveLength(22);
    expect(table).toMatchObject({ 'MAUTIC-SA-2026-006': '4.4.20', 'MAUTIC-SA-2025-013': '4.4.18', 'MAUTIC-SA-2026-001': 'no 4.4 fix; fixed in 5.2.10', 'MAUTIC-SA-2025-001': 'no 4.4 fix; fixed in 5.2.3' });
    expect(Object.values(table).every((f) => /^4\.4\.\d+$|^no 4\.4 fix; fixed in \d/.test(f))).toBe(true);
    // Highest severity first: the first rows are the critical ones, with their score beside the word.
    expect((await page.locator('#check-advisories tbody .severity').allTextContents()).slice(0, 3)).toEqual(['Critical 9.9', 'Critical 9.1', 'Critical 9.0']);
    expect(await page.getByRole('link', { name: 'RSS' }).first().getAttribute('href')).toBe('/feeds/branch/4.4/rss.xml');
    await done(page);
  });

  it('5.2.3: 5.2.11 and 5.2.12 both fix all 15 — names the lowest, mentions the latest, and says the records do not tell free from paid', async () => {
    const page = await check('5.2.3');
    const stay = await region(page, /^Stay on 5\.2$/);
    expect(stay).toContain('Upgrade to 5.2.11 (released by 2026-07-02). It fixes all 15.');
    expect(stay).toContain('The records do not say whether 5.2.11 is a free release or one for paid extended support customers: it was out by 2026-07-02, and the project’s own security fixes for 5.2 ended on 2026-06-30.');
    expect(stay).toContain('The latest 5.2 release is 5.2.12 (by 2026-10-26); it fixes all of them too.');
    const move = await region(page, /^Move to a supported branch$/);
    expect(move).toContain('Upgrade to 7.2.2 on the 7.2 branch');
    expect(move).toContain('7.2.2 is two major versions ahead of 5.2.3.');
    const table = await fixes(page);
    expect(Object.keys(table)).toHaveLength(15);
    expect(Object.values(table).every((f) => /^5\.2\.\d+$/.test(f))).toBe(true);
    await done(page);
  });

  it('6.0.1: 6.0.9 is a free release fixing all 15, and 7.2.2 is one major away', async () => {
    const page = await check('6.0.1');
    const stay = await region(page, /^Stay on 6\.0$/);
    expect(stay).toContain('Upgrade to 6.0.9 (released by 2026-07-02). It fixes all 15. 6.0.9 is a free release from the project.');
    expect(stay).toContain('The latest 6.0 release is 6.0.10 (by 2026-10-26)');
    expect(await region(page, /^Move to a supported branch$/)).toContain('7.2.2 is one major version ahead of 6.0.1.');
    expect(squash(await page.locator('#check-notes').textContent())).toContain('6.0.1 is not a release listed for this site');
    const table = await fixes(page);
    expect(Object.keys(table)).toHaveLength(15);
    expect(Object.values(table).every((f) => /^6\.0\.\d+$/.test(f))).toBe(true);
    await done(page);
  });

  it('7.2.2: nothing affects it, and no answer is needed', async () => {
    const page = await check('7.2.2');
    expect(squash(await page.locator('#check-status').textContent())).toBe('No published advisory affects 7.2.2.');
    expect(squash(await page.locator('#check-branch').textContent())).toBe('Branch 7.2: supported: active, no end announced.');
    expect(await page.locator('#check-stay').isVisible()).toBe(false);
    expect(await page.locator('#check-move').isVisible()).toBe(false);
    await done(page);
  });
});

describe('one support vocabulary, word for word', () => {
  it('the API, /supported-versions/, the check page’s list, the home page and the branch pages say the same for every branch', async () => {
    const cycles = api();
    expect(cycles.map((c) => c.status)).toEqual(
      cycles.map((c) => (c.cycle === '7.2' ? 'supported' : ['6.0', '5.2', '4.4'].includes(c.cycle) ? 'extended support (paid)' : 'end of life')),
    );
    const expected = Object.fromEntries(cycles.map((c) => [c.cycle, c.statusText]));

    const table = await open('/supported-versions/');
    const rows = await table.getByRole('table', { name: 'Release branches, newest first' }).locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [tr.querySelector('th a')?.textContent ?? '', tr.querySelector('td[data-label="Status"]')?.textContent ?? '']),
    );
    expect(Object.fromEntries(rows.map(([b, s]) => [b, squash(s)]))).toEqual(expected);
    await done(table);

    const checkPage = await open('/check/');
    const listed = await checkPage.locator('.branch-links li').allTextContents();
    expect(listed.map(squash)).toEqual(cycles.map((c) => `Mautic ${c.cycle} — ${c.statusText}`));
    await done(checkPage);

    const home = await open('/');
    const card = home.getByRole('region', { name: 'Supported versions' });
    const items = (await card.getByRole('listitem').allInnerTexts()).map(squash);
    // Every branch that still gets fixes, free or paid, and none at end of life.
    expect(items).toEqual(cycles.filter((c) => c.status !== 'end of life').map((c) => `${c.cycle} ${c.statusText} Latest release ${c.latest}`));
    expect(squash(await card.innerText())).not.toMatch(/\([^)]*\(/);
    await done(home);

    for (const b of ['7.2', '6.0', '4.4', '2.14']) {
      const page = await open(`/versions/${b}/`);
      expect(squash(await page.locator('.facts dd').first().textContent()), b).toBe(expected[b]);
      await done(page);
    }
  });

  it('the checker says the same for a version of each kind of branch', async () => {
    const expected = Object.fromEntries(api().map((c) => [c.cycle, c.statusText]));
    for (const [version, branch] of [['4.4.12', '4.4'], ['7.1.2', '7.1'], ['7.2.2', '7.2']] as const) {
      const page = await check(version);
      expect(squash(await page.locator('#check-branch').textContent())).toBe(`Branch ${branch}: ${expected[branch]}.`);
      await done(page);
    }
  });
});

describe('release facts', () => {
  it('shows an upper bound as "by <date>" and an unrecorded support end as unknown, in the table and in the API', async () => {
    const page = await open('/supported-versions/');
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: '2.12' }) });
    expect((await row.getByRole('cell').allTextContents()).map(squash)).toEqual(['end of life (the day is not recorded)', 'by 2021-01-19', '2.12.0 (by 2021-01-19)', 'unknown', 'unknown', 'not offered']);
    expect(squash(await page.locator('main').textContent())).not.toMatch(/released 2021-01-19|2021-01-19 \(2021/);
    await done(page);
    const c212 = api().find((c) => c.cycle === '2.12')!;
    expect(c212).toMatchObject({ releaseDate: '2021-01-19', releaseDateExact: false, latestReleaseDateExact: false, support: false, eol: true });
    expect(api().find((c) => c.cycle === '7.0')).toMatchObject({ releaseDateExact: true, eol: '2026-03-31' });
  });
});

describe('severity', () => {
  it('the severity page states from the content which scales the advisories use', async () => {
    const page = await open('/risk-levels/');
    const note = squash(await page.locator('[data-severity-scales]').innerText());
    expect(note).toBe(
      'Of the 58 published advisories in force, none carry a NIST IR 7864 risk vector, 55 carry a CVSS vector (10 with CVSS 3.0, 42 with CVSS 3.1, 11 with CVSS 4.0), and 3 carry only a severity label. So the headline severity shown on the site is the CVSS rating for 55 and the label for 3.',
    );
    expect(squash(await page.locator('main').textContent())).not.toContain('Every advisory carries a risk level');
    await done(page);
  });

  it('an advisory page breaks its CVSS vectors down metric by metric in words', async () => {
    const page = await open('/advisories/MAUTIC-SA-2026-001/');
    const table = page.getByRole('table', { name: 'The CVSS 3.1 vector, metric by metric' });
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => `${tr.querySelector('th')?.firstChild?.textContent?.trim()}: ${tr.querySelector('td strong')?.textContent}`));
    expect(rows).toEqual(['Attack Vector: Network', 'Attack Complexity: Low', 'Privileges Required: Low', 'User Interaction: None', 'Scope: Unchanged', 'Confidentiality Impact: High', 'Integrity Impact: Low', 'Availability Impact: Low']);
    await done(page);
  });
});

describe('axe (WCAG 2.0–2.2 A and AA) and no sideways scrolling', () => {
  // The other page types are checked on the fixture site in four modes (browser.test.ts); these
  // two have content only the default site gives: the longest check answer and the severity page.
  const pages = ['/check/?v=4.4.12', '/risk-levels/'];
  for (const [mode, options] of [['light, 1,280 px', DESKTOP], ['dark, 375 px', PHONE]] as const) {
    it.each(pages)(`${mode}: %s`, async (pathname) => {
      const page = pathname.startsWith('/check/') ? await check('4.4.12', options) : await open(pathname, options);
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
      await done(page);
    });
  }
});
