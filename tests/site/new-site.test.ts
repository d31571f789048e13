// A new project's site, as `npm run init` writes it: init → check → build, then every output of
// a site with no advisories read back by independent parsers and schemas, and every page type in
// Chromium with axe. One build, shared by every assertion.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, userEnv } from '../helpers/build.ts';
import { useServedSite } from '../helpers/browser.ts';
import { assertWellFormedXml, jsonFeedValidator, osvValidator, parseFeed, readJson } from '../helpers/exports.ts';

const NOW = '2026-03-01T12:00:00Z';
const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-init-'));
afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], { cwd: ROOT, env: userEnv(env), encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FLAGS = ['--name', 'Widgets Security', '--project', 'Widgets', '--prefix', 'WDG-SA', '--url', 'https://security.widgets.test', '--contact', 'mailto:security@widgets.test'];
const CONTENT = path.join(parent, 'content');
// Written before the shared build starts (useServedSite builds in beforeAll).
const init = run('init.ts', ['--dir', CONTENT, ...FLAGS, '--package', 'widgets:npm', '--package', 'org.widgets:widgets-core:Maven']);
const site = useServedSite(CONTENT, NOW);
const dist = (file: string) => path.join(site.built.outDir, file);

describe('npm run init', () => {
  it('writes site.yaml, an empty releases.yaml and two pages from the settings', () => {
    expect(init.status, init.stderr).toBe(0);
    expect(fs.readdirSync(CONTENT).sort()).toEqual(['pages', 'releases.yaml', 'site.yaml']);
    expect(fs.readdirSync(path.join(CONTENT, 'pages')).sort()).toEqual(['risk-levels.mdx', 'security-policy.mdx']);
    const yaml = fs.readFileSync(path.join(CONTENT, 'site.yaml'), 'utf8');
    expect(yaml).toContain('  - { name: "org.widgets:widgets-core", ecosystem: "Maven" }');
    const policy = fs.readFileSync(path.join(CONTENT, 'pages/security-policy.mdx'), 'utf8');
    expect(policy).toContain('[security@widgets.test](mailto:security@widgets.test)');
    expect(policy).toContain('| Acknowledge the report | within 24 hours |');
    expect(policy).toContain('| Resolve the report | within 21 days, unless');
    expect(policy).toContain('in **February, May, August and November**');
    expect(policy).toContain('at least **14 days** ahead');
  });

  it('refuses a non-empty folder and names each bad or missing flag on its own line', () => {
    const again = run('init.ts', ['--dir', CONTENT, ...FLAGS, '--package', 'widgets:npm']);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`npm run init: --dir: ${CONTENT} is not empty (give a new or empty folder; init never overwrites content)`);
    const bad = run('init.ts', ['--dir', path.join(parent, 'other'), '--name', 'X', '--prefix', 'x-sa', '--url', 'https://x.test/path', '--contact', 'x@y', '--package', 'x:Debian', '--package', 'nocolon']);
    expect(bad.status).toBe(1);
    expect(bad.stderr.split('\n').filter((l) => l.startsWith('npm run init: '))).toEqual([
      'npm run init: --package: ecosystem "Debian" of x has no version ordering here (want one of Packagist, npm, crates.io, Go, PyPI, RubyGems, Maven, spelt as OSV spells it)',
      'npm run init: --package: found "nocolon", want <name>:<ecosystem> such as acme/app:Packagist',
      'npm run init: --project: is required (add the project name)',
      'npm run init: --url: found "https://x.test/path", want an origin such as https://security.example.org (no path)',
      'npm run init: --prefix: found "x-sa", want capitals, digits and hyphens such as MAUTIC-SA',
      'npm run init: --contact: found "x@y", want a mailto: or https: address such as mailto:security@example.org',
    ]);
    expect(fs.existsSync(path.join(parent, 'other'))).toBe(false);
    const none = run('init.ts', ['--dir', path.join(parent, 'other'), ...FLAGS]);
    expect(none.stderr).toContain('npm run init: --package: is required (give each package as --package <name>:<ecosystem>, e.g. --package acme/app:npm)');
  });

  it('passes check, with what to review as a warning only', () => {
    const check = run('check.ts', [], { DISCLOSE_CONTENT: CONTENT, DISCLOSE_NOW: NOW });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('no problems (0 advisories, 2 pages, 0 announcements, 0 branches); 1 warning to review.');
    expect(check.stderr).toContain('warning: ');
    expect(check.stderr).toContain('releases.yaml: lists no release branches');
  });
});

describe('the built site with no advisories', () => {
  it('has valid, empty feeds', () => {
    for (const file of ['feeds/rss.xml', 'feeds/atom.xml']) {
      const xml = fs.readFileSync(dist(file), 'utf8');
      assertWellFormedXml(xml, file);
      const feed = parseFeed(xml);
      expect(feed.title).toBe('Widgets Security');
      expect(feed.items).toEqual([]);
    }
    const json = readJson<{ items: unknown[] }>(dist('feeds/feed.json'));
    const validate = jsonFeedValidator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.items).toEqual([]);
  });

  it('has an empty OSV index, empty APIs, a calendar, a sitemap and security.txt', () => {
    expect(readJson(dist('osv/all.json'))).toEqual([]);
    expect(fs.readdirSync(dist('osv'))).toEqual(['all.json']);
    expect(osvValidator()).toBeTypeOf('function');
    const affected = readJson<{ advisories: unknown[]; branches: unknown[]; packages: string[] }>(dist('api/affected.json'));
    expect(affected.advisories).toEqual([]);
    expect(affected.branches).toEqual([]);
    expect(affected.packages).toEqual(['widgets', 'org.widgets:widgets-core']);
    expect(readJson(dist('api/releases.json'))).toEqual([]);
    const calendar = new ICAL.Component(ICAL.parse(fs.readFileSync(dist('security-releases.ics'), 'utf8')));
    expect(calendar.name).toBe('vcalendar');
    const sitemap = fs.readFileSync(dist('sitemap-0.xml'), 'utf8');
    assertWellFormedXml(sitemap, 'sitemap-0.xml');
    for (const page of ['/advisories/', '/check/', '/search/', '/supported-versions/', '/security-policy/', '/risk-levels/']) {
      expect(sitemap).toContain(`<loc>https://security.widgets.test${page}</loc>`);
    }
    const txt = fs.readFileSync(dist('.well-known/security.txt'), 'utf8');
    expect(txt).toContain('Contact: mailto:security@widgets.test');
    expect(txt).toContain('Policy: https://security.widgets.test/security-policy/');
  });

  const PAGES = {
    home: '/',
    list: '/advisories/',
    'version check': '/check/?v=1.2.3',
    search: '/search/?q=widgets',
    'supported versions': '/supported-versions/',
    'security releases': '/security-releases/',
    'response times': '/response-times/',
    acknowledgments: '/acknowledgments/',
    'policy page': '/security-policy/',
    'risk levels': '/risk-levels/',
  } as const;

  it.each(Object.entries(PAGES))('%s works in Chromium and passes axe (WCAG 2.2 AA)', async (_name, pathname) => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    try {
      const page = await context.newPage();
      // Chromium asks every new browser for /favicon.ico, which no Disclose site has; anything else counts.
      page.on('console', (m) => m.type() === 'error' && !m.location().url.endsWith('/favicon.ico') && errors.push(`${m.text()} ${m.location().url}`));
      page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${new URL(r.url()).pathname}`));
      page.on('pageerror', (e) => errors.push(e.message));
      const response = await page.goto(site.server.url + pathname);
      expect(response?.status()).toBe(200);
      await page.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].every((s) => s.textContent !== '' && !s.textContent?.endsWith('…')));
      expect((await page.getByRole('heading', { level: 1 }).textContent())?.trim()).toBeTruthy();
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      const main = (await page.getByRole('main').textContent()) ?? '';
      if (pathname === '/advisories/') expect(main).toContain('No advisories have been published yet.');
      if (pathname.startsWith('/check/')) expect(main).toMatch(/1\.2\.3/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
