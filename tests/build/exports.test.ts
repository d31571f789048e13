// Every feed and export of a built fixture site, checked by independent parsers and validators.
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, files, sharedBuild, type BuildResult } from '../helpers/build.ts';
import { assertWellFormedXml, csafProblems, htmlText, jsonFeedValidator, osvValidator, parseFeed, readJson, squash, xmlTexts } from '../helpers/exports.ts';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const at = (r: BuildResult, f: string) => path.join(r.outDir, f);
const read = (r: BuildResult, f: string) => fs.readFileSync(at(r, f), 'utf8');

let site: BuildResult;
let torture: BuildResult;
beforeAll(() => {
  site = sharedBuild('tests/fixtures/site', '2025-11-01T00:00:00Z');
  torture = build('tests/fixtures/torture', '2025-06-01T00:00:00Z');
  cleanup.push(torture.outDir);
});

// The two public advisories of the fixture at 2025-11-01, newest first, as the content gives them.
const PUBLIC = [
  { id: 'ACME-SA-2025-006', title: 'ACME-SA-2025-006 [Medium 5.1, withdrawn] Withdrawn duplicate of the widget editor issue', published: '2025-05-22T00:00:00Z', updated: '2025-05-23T00:00:00Z' },
  { id: 'ACME-SA-2025-001', title: 'ACME-SA-2025-001 [Moderately critical 13/25] Stored XSS in the widget editor', published: '2025-05-20T14:00:00Z', updated: '2025-05-20T14:00:00Z' },
];
const url = (id: string) => `https://security.acme.test/advisories/${id}/`;

describe('the fixture site built as of 2025-11-01', () => {
  it('builds', () => {
    expect(site.status, site.output).toBe(0);
    expect(torture.status, torture.output).toBe(0);
  });

  it('writes only well-formed XML', () => {
    const xml = [site, torture].flatMap((r) => files(r.outDir).filter((f) => f.endsWith('.xml')).map((f) => [r, f] as const));
    expect(xml.length).toBeGreaterThanOrEqual(2 * 5);
    for (const [r, f] of xml) assertWellFormedXml(read(r, f), f);
  });

  it('writes feeds site-wide, per component with advisories and per affected branch', () => {
    const feeds = files(site.outDir).filter((f) => f.startsWith('feeds/'));
    const set = (dir: string) => ['atom.xml', 'feed.json', 'rss.xml'].map((f) => `feeds/${dir}${f}`);
    // 001 affects 1.0 (before 1.0.3) and 2.0 (2.0.0-alpha..2.0.1); 006 affects 0.9 and 1.0 (from "0")
    // and lists 2.0.0. Component api has no public advisory, so it has no feed yet.
    expect(feeds).toEqual([...set(''), ...set('branch/0.9/'), ...set('branch/1.0/'), ...set('branch/2.0/'), ...set('component/core/')].sort());
  });

  for (const format of ['rss', 'atom'] as const) {
    it(`${format}: parsed back, entries match the content`, () => {
      const feed = parseFeed(read(site, `feeds/${format}.xml`));
      expect(feed.items.map((i) => i.id)).toEqual(PUBLIC.map((p) => url(p.id)));
      expect(feed.items.map((i) => i.title)).toEqual(PUBLIC.map((p) => p.title));
      expect(feed.items.map((i) => i.published?.toISOString())).toEqual(PUBLIC.map((p) => new Date(p.published).toISOString()));
      if (format === 'atom') expect(feed.items.map((i) => i.updated?.toISOString())).toEqual(PUBLIC.map((p) => new Date(p.updated).toISOString()));
      // The feed's own time is its newest entry's, never the build clock.
      expect(feed.updated?.toISOString()).toBe('2025-05-23T00:00:00.000Z');
      const first = feed.items[1]!;
      expect(first.description).toBe('A user with editor rights could store script in a widget title.');
      expect(first.categories.map((c) => c.term)).toEqual(['core', 'Moderately critical', 'CWE-79', 'CVE-2025-10001', 'GHSA-2222-3333-4444']);
      const text = htmlText(first.content ?? '');
      expect(text).toContain('Widget titles were printed without escaping in the widget editor preview.');
      // What a subscriber acts on comes first: severity, identifiers, ranges per package, fixes.
      expect(text).toContain('Severity: Moderately critical 13/25');
      expect(text).toContain('CVE: CVE-2025-10001');
      expect(text).toContain('GitHub advisory: GHSA-2222-3333-4444');
      expect(text).toContain('Affected: acme/app: every version up to, not including, 1.0.3; from 2.0.0-alpha up to, not including, 2.0.1');
      expect(text).toContain('Fixed in: 1.0.3, 2.0.1');
      expect(first.content).not.toMatch(/<script/i);
    });
  }

  it('JSON Feed 1.1 is valid against the schema and matches the content', () => {
    const validate = jsonFeedValidator();
    for (const f of files(site.outDir).filter((n) => n.endsWith('feed.json'))) {
      const json = readJson(at(site, f));
      expect(validate(json), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const json = readJson<{ items: { id: string; title: string; date_published: string }[] }>(at(site, 'feeds/feed.json'));
    expect(json.items.map((i) => [i.id, i.title, i.date_published])).toEqual(PUBLIC.map((p) => [url(p.id), p.title, new Date(p.published).toISOString()]));
  });

  it('links the site-wide feeds from the head of every page', () => {
    const pages = files(site.outDir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    for (const f of pages) {
      const html = read(site, f);
      expect(html, f).toContain('<link rel="alternate" type="application/rss+xml" title="Acme Security Advisories (RSS)" href="https://security.acme.test/feeds/rss.xml">');
      expect(html, f).toContain('type="application/atom+xml"');
      expect(html, f).toContain('href="https://security.acme.test/feeds/feed.json"');
    }
  });

  it('OSV: every record valid against the official schema; index in the REST source layout', () => {
    const validate = osvValidator();
    const records = files(site.outDir).filter((f) => /^osv\/(?!all\.json).*\.json$/.test(f));
    expect(records).toEqual(['osv/ACME-SA-2025-001.json', 'osv/ACME-SA-2025-006.json']);
    for (const f of records) expect(validate(readJson(at(site, f))), `${f}: ${JSON.stringify(validate.errors)}`).toBe(true);
    expect(readJson(at(site, 'osv/all.json'))).toEqual([
      { id: 'ACME-SA-2025-001', modified: '2025-05-20T14:00:00Z' },
      { id: 'ACME-SA-2025-006', modified: '2025-05-23T00:00:00Z' },
    ]);
    const osv = readJson<Record<string, unknown>>(at(site, 'osv/ACME-SA-2025-001.json'));
    expect(osv).toMatchObject({
      id: 'ACME-SA-2025-001',
      aliases: ['CVE-2025-10001', 'GHSA-2222-3333-4444'],
      summary: 'Stored XSS in the widget editor',
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N' }],
      affected: [
        {
          package: { ecosystem: 'Packagist', name: 'acme/app', purl: 'pkg:composer/acme/app' },
          ranges: [
            { type: 'ECOSYSTEM', events: [{ introduced: '0' }, { fixed: '1.0.3' }] },
            { type: 'ECOSYSTEM', events: [{ introduced: '2.0.0-alpha' }, { fixed: '2.0.1' }] },
          ],
        },
      ],
      credits: [{ name: 'Jane Doe', type: 'FINDER' }],
      database_specific: {
        url: url('ACME-SA-2025-001'),
        risk: { vector: 'AC:Basic/A:User/CI:Some/II:Some/E:Theoretical/TD:Default', score: 13, level: 'Moderately critical' },
      },
    });
    expect(osv.details).toMatch(/^## Description\n\nWidget titles were printed/);
    expect(readJson<Record<string, unknown>>(at(site, 'osv/ACME-SA-2025-006.json')).withdrawn).toBe('2025-05-23T00:00:00Z');
  });

  it('CSAF: documents pass the mandatory tests; hashes, index.txt and changes.csv agree', async () => {
    const dir = '.well-known/csaf/white/';
    const docs = files(site.outDir).filter((f) => f.startsWith(dir) && f.endsWith('.json'));
    expect(docs).toEqual([`${dir}2025/acme-sa-2025-001.json`, `${dir}2025/acme-sa-2025-006.json`]);
    for (const f of docs) {
      expect(await csafProblems(readJson(at(site, f))), f).toEqual([]);
      const bytes = fs.readFileSync(at(site, f));
      for (const alg of ['sha256', 'sha512'] as const) {
        expect(read(site, `${f}.${alg}`)).toBe(`${createHash(alg).update(bytes).digest('hex')}  ${path.basename(f)}\n`);
      }
    }
    expect(read(site, `${dir}index.txt`)).toBe('2025/acme-sa-2025-001.json\n2025/acme-sa-2025-006.json\n');
    expect(read(site, `${dir}changes.csv`)).toBe('"2025/acme-sa-2025-006.json","2025-05-23T00:00:00Z"\n"2025/acme-sa-2025-001.json","2025-05-21T00:00:00Z"\n');
    const doc = readJson<{ product_tree: unknown; vulnerabilities: { product_status: unknown; scores: unknown[]; notes: { title: string }[] }[] }>(
      at(site, `${dir}2025/acme-sa-2025-001.json`),
    );
    expect(doc.vulnerabilities[0]!.product_status).toEqual({ known_affected: ['CSAFPID-0001', 'CSAFPID-0003'], fixed: ['CSAFPID-0002', 'CSAFPID-0004'] });
    expect(JSON.stringify(doc.product_tree)).toContain('"vers:composer/>=2.0.0-alpha|<2.0.1"');
    expect(doc.vulnerabilities[0]!.notes.map((n) => n.title)).toContain('NIST IR 7864 risk');
    const meta = readJson<Record<string, unknown>>(at(site, '.well-known/csaf/provider-metadata.json'));
    expect(meta).toMatchObject({
      canonical_url: 'https://security.acme.test/.well-known/csaf/provider-metadata.json',
      distributions: [{ directory_url: 'https://security.acme.test/.well-known/csaf/white/' }],
      last_updated: '2025-05-23T00:00:00Z',
      metadata_version: '2.0',
      role: 'csaf_publisher',
    });
    for (const listing of ['.well-known/csaf/index.html', `${dir}index.html`, `${dir}2025/index.html`]) {
      expect(fs.existsSync(at(site, listing)), listing).toBe(true);
    }
    expect(read(site, `${dir}2025/index.html`)).toContain('href="/.well-known/csaf/white/2025/acme-sa-2025-001.json.sha512"');
  });

  it('security.txt has every field, Expires 180 days after DISCLOSE_NOW', () => {
    const fields = read(site, '.well-known/security.txt')
      .split('\n')
      .filter((l) => l && !l.startsWith('#'))
      .map((l) => l.split(/: (.*)/s).slice(0, 2));
    expect(Object.fromEntries(fields)).toEqual({
      Contact: 'mailto:security@acme.test',
      Expires: '2026-04-30T00:00:00Z',
      Acknowledgments: 'https://security.acme.test/acknowledgments/',
      'Preferred-Languages': 'en',
      Canonical: 'https://security.acme.test/.well-known/security.txt',
      Policy: 'https://security.acme.test/security-policy/',
      CSAF: 'https://security.acme.test/.well-known/csaf/provider-metadata.json',
    });
    // 365 days asked for, but RFC 9116 wants under a year: the torture site is held just below.
    const expires = /^Expires: (.*)$/m.exec(read(torture, '.well-known/security.txt'))![1]!;
    expect(expires).toBe('2026-05-31T23:59:59Z');
    expect(read(torture, '.well-known/security.txt')).not.toContain('Policy:');
  });

  it('acknowledges everyone credited in a public advisory', () => {
    const html = read(site, 'acknowledgments/index.html');
    expect(html).toContain('Jane Doe');
    expect(html).toContain('href="/advisories/ACME-SA-2025-001/"');
  });

  it('releases API has endoflife.date fields for each released cycle', () => {
    expect(readJson(at(site, 'api/releases.json'))).toEqual([
      {
        cycle: '2.0', releaseDate: '2025-01-15', releaseDateExact: true, support: '2026-01-15', eol: '2026-07-15', extendedSupport: false,
        latest: '2.0.1', latestReleaseDate: '2025-05-20', latestReleaseDateExact: true, lts: false,
        status: 'supported', supportPhase: 'active', statusText: 'supported: active, security fixes until 2026-07-15 (ends in 9 months)',
      },
      {
        cycle: '1.0', releaseDate: '2024-03-01', releaseDateExact: true, support: '2025-01-15', eol: '2025-09-30', extendedSupport: '2026-09-30',
        latest: '1.0.3', latestReleaseDate: '2025-05-20', latestReleaseDateExact: true, lts: true,
        status: 'extended support (paid)', supportPhase: null, statusText: 'extended support (paid), until 2026-09-30 (ends in 11 months)',
      },
      {
        cycle: '0.9', releaseDate: '2023-05-01', releaseDateExact: true, support: '2024-03-01', eol: '2024-09-01', extendedSupport: false,
        latest: '0.9.0', latestReleaseDate: '2023-05-01', latestReleaseDateExact: true, lts: false,
        status: 'end of life', supportPhase: null, statusText: 'end of life since 2024-09-01 (ended 1 year ago)',
      },
    ]);
  });
});

describe('the torture fixture: markup, ]]>, emoji, right-to-left text and a control character', () => {
  const TITLE = `Fish & chips <b>bold</b> "double" 'single' ]]> and ]]> again 🎉 שלום עולם \b bell`;
  const SUMMARY = `Summary with & < > "quotes" 'apostrophes', ]]> twice ]]>, emoji 🔐 and מימין לשמאל text \b here.`;
  const BODY = `Body with Fish & chips, <angle> brackets, "double" and 'single' quotes, ]]> once and ]]> twice, emoji 🎉 and שלום עולם, and a control \b character.`;
  // XML 1.0 cannot carry U+0008 in any form, so the XML feeds drop it; JSON keeps every character.
  const noControl = (s: string) => s.replace('\b', '');
  const fullTitle = (s: string) => `TRICKY-SA-2025-001 [Critical 9.8] ${s}`;

  it('RSS and Atom round-trip every text exactly, less the control character', () => {
    for (const [f, content] of [['feeds/rss.xml', 'content:encoded'], ['feeds/atom.xml', 'content']] as const) {
      const feed = parseFeed(read(torture, f));
      expect(feed.title).toBe('Tricky & <Co> "Security"');
      const item = feed.items[0]!;
      expect(item.title, f).toBe(noControl(fullTitle(TITLE)));
      expect(item.description, f).toBe(noControl(SUMMARY));
      const html = xmlTexts(read(torture, f), content)[0]!;
      expect(squash(htmlText(html)), f).toContain(squash(noControl(BODY)));
      expect(html, f).toContain('href="https://security.tricky.test/security-policy/"');
      expect(html, f).toContain('href="https://example.test/a?x=1&#x26;y=2"');
    }
  });

  it('JSON Feed and OSV keep every character, the control character included', () => {
    const feed = readJson<{ items: { title: string; summary: string; content_html: string }[] }>(at(torture, 'feeds/feed.json'));
    expect(jsonFeedValidator()(feed)).toBe(true);
    expect(feed.items[0]!.title).toBe(fullTitle(TITLE));
    expect(feed.items[0]!.summary).toBe(SUMMARY);
    expect(squash(htmlText(feed.items[0]!.content_html))).toContain(squash(BODY));
    const osv = readJson<{ summary: string; details: string }>(at(torture, 'osv/TRICKY-SA-2025-001.json'));
    expect(osvValidator()(osv)).toBe(true);
    expect(osv.summary).toBe(TITLE);
    expect(osv.details).toContain("Body with Fish & chips, \\<angle\\> brackets");
  });

  it('CSAF stays valid and carries the texts', async () => {
    const doc = readJson<{ document: { title: string } }>(at(torture, '.well-known/csaf/white/2025/tricky-sa-2025-001.json'));
    expect(await csafProblems(doc)).toEqual([]);
    expect(doc.document.title).toBe(`TRICKY-SA-2025-001: ${TITLE}`);
  });

  it('the acknowledgments page escapes the credited name', () => {
    expect(read(torture, 'acknowledgments/index.html')).toContain('Zoë &amp; &lt;Friends&gt; עברית');
  });
});
