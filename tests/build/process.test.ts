// The process pages of a built fixture: the calendar parsed back by ical.js (an independent
// RFC 5545 parser), the pre-announcements feed by an independent feed parser, the
// response-times page's figures and the advisory timeline's verdicts. The fixture is built twice
// at the same instant, and the two dist/ trees must be byte-identical, every file of them.
import fs from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, files, sharedBuild, type BuildResult } from '../helpers/build.ts';
import { assertWellFormedXml, htmlText, parseFeed } from '../helpers/exports.ts';

// 2026-01-10: the November 2025 announcement is out; 1.0.4 and 2.0.2 shipped on 2025-12-15.
const FIXTURE = 'tests/fixtures/site';
const NOW = '2026-01-10T00:00:00Z';
let site: BuildResult;
let again: BuildResult;
beforeAll(() => {
  site = sharedBuild(FIXTURE, NOW);
  again = build(FIXTURE, NOW);
});
afterAll(() => fs.rmSync(again.outDir, { recursive: true, force: true }));
const read = (r: BuildResult, f: string) => fs.readFileSync(path.join(r.outDir, f), 'utf8');
const mainText = (f: string) => {
  const html = read(site, f);
  return htmlText(html.slice(html.indexOf('<main'), html.indexOf('</main>'))).replace(/\s+/g, ' ');
};

describe('/security-releases.ics', () => {
  it('is RFC 5545 text: CRLF only, lines of at most 75 octets, identical on a rebuild', () => {
    expect(site.status, site.output).toBe(0);
    const raw = fs.readFileSync(path.join(site.outDir, 'security-releases.ics'));
    const text = raw.toString('utf8');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    expect(text).toMatch(/\r\n [^\r\n]/);
    expect(fs.readFileSync(path.join(again.outDir, 'security-releases.ics')).equals(raw)).toBe(true);
  });

  it('parses with ical.js into the announced release and the next four scheduled windows', () => {
    const calendar = new ICAL.Component(ICAL.parse(read(site, 'security-releases.ics')));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    const events = calendar.getAllSubcomponents('vevent').map((c) => {
      const e = new ICAL.Event(c);
      return {
        uid: e.uid,
        start: e.startDate.toString(),
        end: e.endDate.toString(),
        allDay: e.startDate.isDate,
        summary: e.summary,
        stamp: String(c.getFirstPropertyValue('dtstamp')),
        url: String(c.getFirstPropertyValue('url')),
      };
    });
    expect(events).toEqual([
      {
        uid: 'release-2025-11-security-release@security.acme.test',
        start: '2025-11-18',
        end: '2025-11-19',
        allDay: true,
        summary: 'Security releases for 1.0 and 2.0 on 2025-11-18',
        stamp: '2025-11-04T12:00:00Z',
        url: 'https://security.acme.test/security-releases/2025-11-security-release/',
      },
      ...[['2026-02-01', '2026-03-01'], ['2026-05-01', '2026-06-01'], ['2026-08-01', '2026-09-01'], ['2026-11-01', '2026-12-01']].map(([start, end]) => ({
        uid: `window-${start!.slice(0, 7)}@security.acme.test`,
        start,
        end,
        allDay: true,
        summary: `Acme scheduled security release window: ${new Date(`${start}T00:00:00Z`).toLocaleString('en', { month: 'long', timeZone: 'UTC' })} ${start!.slice(0, 4)}`,
        // The newest security release day in releases.yaml, not the build clock.
        stamp: '2025-12-15T00:00:00Z',
        url: 'https://security.acme.test/security-releases/',
      })),
    ]);
    const release = calendar.getAllSubcomponents('vevent')[0]!;
    expect(release.getFirstPropertyValue('description')).toBe('Acme security release for 1.0 and 2.0 on 2025-11-18; highest risk: Critical. Announced 2025-11-04.');
    expect(release.getFirstProperty('categories')!.getValues()).toEqual(['Security release', 'Critical']);
  });
});

describe('/security-releases/', () => {
  it('shows the windows ahead, the announcement and the shipped releases with what they fixed', () => {
    const text = mainText('security-releases/index.html');
    expect(text).toContain('Acme ships security fixes in scheduled releases in February, May, August and November');
    expect(text).toMatch(/Next scheduled windows February 2026 May 2026 August 2026 November 2026/);
    expect(text).toContain('No security release is announced at the moment.');
    expect(text).toMatch(/Earlier announcements Security releases for 1\.0 and 2\.0 on 2025-11-18/);
    // December is outside the policy's months and no announcement named that day; May is inside.
    expect(text).toMatch(
      /2025-12-15: 2\.0\.2, 1\.0\.4 unscheduled: outside the planned release months No advance notice is on record\. .*ACME-SA-2026-001: Remote code execution through the theme uploader.* 2025-05-20: 2\.0\.1, 1\.0\.3 scheduled: in a planned release month ACME-SA-2025-001/,
    );
    expect(text).not.toContain('ACME-SA-2025-002');
  });

  it('gives each announcement its own page', () => {
    const text = mainText('security-releases/2025-11-security-release/index.html');
    expect(text).toContain('Acme plans a security release for branches 1.0, 2.0 on 2025-11-18. Highest risk: Critical.');
    expect(text).toContain('Security releases for every supported branch are planned for 18 November 2025.');
  });

  it('has a pre-announcements feed in RSS, Atom and JSON Feed', () => {
    for (const file of ['rss.xml', 'atom.xml']) {
      const xml = read(site, `feeds/security-releases/${file}`);
      assertWellFormedXml(xml, file);
      const feed = parseFeed(xml);
      expect(feed.items.map((i) => [i.title, i.url])).toEqual([
        ['Security releases for 1.0 and 2.0 on 2025-11-18', 'https://security.acme.test/security-releases/2025-11-security-release/'],
      ]);
    }
    const json = JSON.parse(read(site, 'feeds/security-releases/feed.json')) as { version: string; items: { id: string }[] };
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.items.map((i) => i.id)).toEqual(['https://security.acme.test/security-releases/2025-11-security-release/']);
  });

  it('writes no announcement, page or feed before the announcement is published', () => {
    const early = sharedBuild(FIXTURE, '2025-11-01T00:00:00Z');
    expect(early.status, early.output).toBe(0);
    const out = files(early.outDir);
    expect(out.filter((f) => f.startsWith('security-releases/') || f.startsWith('feeds/security-releases/'))).toEqual(['security-releases/index.html']);
    expect(fs.readFileSync(path.join(early.outDir, 'security-releases.ics'), 'utf8')).not.toContain('release-2025-11');
  });
});

describe('/response-times/ and advisory timelines', () => {
  it('rests its figures on the four public advisories with timelines and prints them in tables', () => {
    // Acknowledged after 8.5 h (001), 6 h (022), 48 h (021) in 2025 and 4 h (2026-001) in 2026.
    const text = mainText('response-times/index.html');
    expect(text).toContain('These figures rest on 4 of the 8 public advisories');
    expect(text).toMatch(/Time to acknowledge Period Advisories measured Median 90th percentile 2026 1 4 hours 4 hours 2025 3 8\.5 hours 40\.1 hours All time 4 7\.3 hours 36\.2 hours/);
    expect(text).toMatch(/2025 67% \(2 of 3\) 67% \(2 of 3\) 67% \(2 of 3\) All time 75% \(3 of 4\)/);
    const html = read(site, 'response-times/index.html');
    expect(html.match(/<svg\b[^>]*role="img"/g)).toHaveLength(5);
    expect(html).not.toMatch(/<script\b/);
  });

  it('judges each step of an advisory against its target, in words', () => {
    const text = mainText('advisories/ACME-SA-2025-022/index.html');
    expect(text).toContain('Acknowledged 2025-11-20 15:00 UTC (6 hours after the report) Met the target of 24 hours.');
    expect(text).toContain('Fix ready 2025-12-10 (19 days 15 hours after the report) Met the target of 21 days.');
    const late = mainText('advisories/ACME-SA-2025-021/index.html');
    expect(late).toContain('Acknowledged 2025-11-03 09:00 UTC (2 days after the report) Missed the target of 24 hours by 1 day.');
    expect(late).toContain('Fix ready 2025-12-10 (1 month 8 days after the report) Missed the target of 21 days by 17 days 15 hours.');
  });
});

it('two builds at the same instant are byte-identical, every file', () => {
  expect(again.status, again.output).toBe(0);
  const list = files(site.outDir);
  expect(list.length).toBeGreaterThan(60);
  expect(files(again.outDir)).toEqual(list);
  const differ = list.filter((f) => !fs.readFileSync(path.join(site.outDir, f)).equals(fs.readFileSync(path.join(again.outDir, f))));
  expect(differ).toEqual([]);
});
