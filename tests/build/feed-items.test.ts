// The default site's feed items, read back by an independent feed parser and the JSON Feed 1.1
// schema, against the content's own frontmatter (read here with a plain YAML parser): each item
// carries its CVE and GHSA ids, its severity and its fixed versions; every released branch has
// feeds, the ones nothing affects yet empty but valid.
import fs from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, sharedBuild, type BuildResult } from '../helpers/build.ts';
import { assertWellFormedXml, htmlText, jsonFeedValidator, parseFeed, readJson } from '../helpers/exports.ts';

interface Front {
  cve?: string[];
  ghsa?: string[];
  affected: { package: string; ranges?: { introduced: string; fixed?: string }[] }[];
}

const CONTENT = path.join(ROOT, 'content');
const FRONT = new Map(
  fs
    .readdirSync(path.join(CONTENT, 'advisories'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const text = fs.readFileSync(path.join(CONTENT, 'advisories', f), 'utf8');
      return [path.basename(f, '.mdx'), parseYaml(text.split(/^---$/m)[1]!) as Front] as const;
    }),
);
const fixedOf = (f: Front) => [...new Set(f.affected.flatMap((p) => (p.ranges ?? []).flatMap((r) => (r.fixed ? [r.fixed] : []))))];
const idOf = (url: string) => decodeURIComponent(url.match(/\/advisories\/([^/]+)\/$/)![1]!);

interface JsonItem {
  id: string;
  title: string;
  tags: string[];
  content_html: string;
  _disclose: { severity: { label: string; text: string }; cve: string[]; ghsa: string[]; fixed: string[]; affected: { packages: string[] }[] };
}

let r: BuildResult;
const read = (f: string) => fs.readFileSync(path.join(r.outDir, f), 'utf8');
beforeAll(() => {
  r = sharedBuild(CONTENT, '2026-11-29T00:00:00Z');
});

describe('feed items of the default site', () => {
  it('builds', () => expect(r.status, r.output).toBe(0));

  for (const format of ['rss', 'atom'] as const) {
    it(`${format}: every item names its CVE and GHSA ids, severity and fixed versions`, () => {
      const feed = parseFeed(read(`feeds/${format}.xml`));
      expect(feed.items.length).toBe(50);
      for (const item of feed.items) {
        const id = idOf(item.url!);
        const front = FRONT.get(id)!;
        const terms = item.categories.map((c) => c.term);
        for (const alias of [...(front.cve ?? []), ...(front.ghsa ?? [])]) expect(terms, id).toContain(alias);
        const text = htmlText(item.content ?? '');
        const severity = item.title!.match(/\[([^\],]+)/)![1]!;
        expect(text, id).toContain(`Severity: ${severity}`);
        for (const cve of front.cve ?? []) expect(text, id).toContain(cve);
        const fixed = fixedOf(front);
        if (fixed.length > 0) expect(text.match(/Fixed in: ([^\n]*)/)![1]!.split(', ').sort(), id).toEqual(fixed.sort());
        for (const p of front.affected) expect(text, id).toContain(p.package);
      }
    });
  }

  it('JSON Feed: valid, with the facts as the _disclose extension', () => {
    const json = readJson<{ items: JsonItem[] }>(path.join(r.outDir, 'feeds/feed.json'));
    const validate = jsonFeedValidator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    for (const item of json.items) {
      const id = idOf(item.id);
      const front = FRONT.get(id)!;
      expect(item._disclose.cve, id).toEqual(front.cve ?? []);
      expect(item._disclose.ghsa, id).toEqual(front.ghsa ?? []);
      expect([...item._disclose.fixed].sort(), id).toEqual(fixedOf(front).sort());
      expect(item.tags, id).toContain(item._disclose.severity.label);
      expect(item.title, id).toContain(`[${item._disclose.severity.text}`);
    }
    const tracking = json.items.find((i) => i.id.endsWith('/MAUTIC-SA-2024-010/'))!;
    expect(tracking._disclose.severity.text).toBe('Medium 5.1');
    // mautic/core and mautic/core-lib share their ranges: one group names both.
    expect(tracking._disclose.affected.map((g) => g.packages)).toEqual([['mautic/core', 'mautic/core-lib']]);
    expect(htmlText(tracking.content_html)).toContain('Affected: mautic/core and mautic/core-lib: from 2.6.0 up to, not including, 4.4.13; from 5.0.0-alpha up to, not including, 5.1.1');
  });

  it('every released branch has its three feeds; 7.2, which nothing affects yet, has valid empty ones', () => {
    const releases = parseYaml(fs.readFileSync(path.join(CONTENT, 'releases.yaml'), 'utf8')) as { branch: string }[];
    for (const { branch } of releases) {
      for (const f of ['rss.xml', 'atom.xml', 'feed.json']) expect(fs.existsSync(path.join(r.outDir, 'feeds/branch', branch, f)), `${branch}/${f}`).toBe(true);
    }
    for (const f of ['rss.xml', 'atom.xml']) {
      const xml = read(`feeds/branch/7.2/${f}`);
      assertWellFormedXml(xml, f);
      const feed = parseFeed(xml);
      expect(feed.items).toEqual([]);
      expect(feed.title).toBe('Mautic Security Advisories: Mautic 7.2');
      expect(feed.url).toBe('https://security.mautic.org/versions/7.2/');
    }
    const json = readJson<{ items: unknown[] }>(path.join(r.outDir, 'feeds/branch/7.2/feed.json'));
    const validate = jsonFeedValidator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.items).toEqual([]);
  });

  it('branch pages link their own feeds, visibly and for autodiscovery', () => {
    const html = read('versions/7.2/index.html');
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" title="Mautic Security Advisories: Mautic 7.2 (RSS)" href="https://security.mautic.org/feeds/branch/7.2/rss.xml">');
    expect(html).toContain('href="https://security.mautic.org/feeds/branch/7.2/feed.json"');
    expect(html).toMatch(/<a href="\/feeds\/branch\/7\.2\/atom\.xml"[^>]*>Atom<\/a>/);
  });
});
