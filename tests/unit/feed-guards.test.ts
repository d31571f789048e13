// feed@6.0.0's six known defects: each test shows the raw library misbehaving, then the guard.
import { Feed } from 'feed';
import { describe, expect, it } from 'vitest';
import { feedModel } from '../../src/outputs/exports/feed-model.ts';
import { JSON_FEED_VERSION, toAtom, toJsonFeed, toRss } from '../../src/outputs/exports/feeds.ts';
import { assertWellFormedXml, isWellFormed, jsonFeedValidator, parseFeed } from '../helpers/exports.ts';
import { SITE, advisory } from '../helpers/records.ts';

const NOW = new Date('2025-06-01T00:00:00Z');
const raw = (title: string, extra: Partial<{ date: Date; link: string; id: string }> = {}) => {
  const feed = new Feed({ title: 'raw', id: extra.id, link: 'https://x.test/', updated: NOW, generator: false });
  feed.addItem({ title, link: extra.link ?? 'https://x.test/a/', date: extra.date ?? NOW, content: title });
  return feed;
};
const model = (title: string, body = 'Body.') =>
  feedModel([advisory('ACME-SA-2025-001', { title }, body)], SITE, { kind: 'site' }, NOW);

describe('feed@6.0.0 defect 1: only the first ]]> in CDATA is escaped', () => {
  const title = 'one ]]> two ]]> end';
  it('raw output is malformed', () => {
    expect(isWellFormed(raw(title).rss2())).toBe(false);
  });
  it('guarded RSS and Atom are well-formed and the title round-trips', () => {
    for (const xml of [toRss(model(title, title)), toAtom(model(title, title))]) {
      assertWellFormedXml(xml, 'feed');
      const item = parseFeed(xml).items[0]!;
      expect(item.title).toBe(`ACME-SA-2025-001 [High] ${title}`);
      expect(item.content).toContain('one ]]> two ]]> end');
    }
  });
});

describe('feed@6.0.0 defect 2: XML-illegal control characters pass through', () => {
  it('raw output is malformed', () => {
    expect(isWellFormed(raw('bell \u0007 here').rss2())).toBe(false);
  });
  it('guarded output drops them and keeps the rest', () => {
    const xml = toAtom(model('bell \u0007 here'));
    assertWellFormedXml(xml, 'atom');
    expect(parseFeed(xml).items[0]!.title).toBe('ACME-SA-2025-001 [High] bell  here');
  });
});

describe('feed@6.0.0 defect 3: relative URLs throw', () => {
  it('raw output throws', () => {
    expect(() => raw('t', { link: '/advisories/x/' }).rss2()).toThrow(/Invalid URL/);
  });
  it('guarded output resolves links, in entries and in bodies, against the site origin', () => {
    const m = model('t', '[policy](/security-policy/)');
    m.entries[0]!.url = '/advisories/ACME-SA-2025-001/';
    const item = parseFeed(toRss(m)).items[0]!;
    expect(item.url).toBe('https://security.acme.test/advisories/ACME-SA-2025-001/');
    expect(item.content).toContain('href="https://security.acme.test/security-policy/"');
  });
});

describe('feed@6.0.0 defect 4: Atom gets an empty id unless one is set', () => {
  it('raw output has <id/>', () => {
    expect(raw('t').atom1()).toContain('<id/>');
  });
  it('guarded output names the feed by its own URL', () => {
    const feed = parseFeed(toAtom(model('t')));
    expect(feed.toJSON().self).toBe('https://security.acme.test/feeds/atom.xml');
    expect(toAtom(model('t'))).toContain('<id>https://security.acme.test/feeds/atom.xml</id>');
  });
});

describe('feed@6.0.0 defect 5: an invalid date prints "Invalid Date"', () => {
  it('raw output prints it', () => {
    expect(raw('t', { date: new Date('nonsense') }).rss2()).toContain('Invalid Date');
  });
  it('guarded output refuses the entry, naming it', () => {
    const m = model('t');
    m.entries[0]!.updated = new Date('nonsense');
    for (const write of [toRss, toAtom, toJsonFeed]) {
      expect(() => write(m)).toThrow('https://security.acme.test/advisories/ACME-SA-2025-001/: updated: found Invalid Date, want a valid date');
    }
  });
});

describe('feed@6.0.0 defect 6: json1() writes JSON Feed version 1', () => {
  it('raw output says version 1', () => {
    expect(JSON.parse(raw('t').json1()).version).toBe('https://jsonfeed.org/version/1');
  });
  it('guarded output is JSON Feed 1.1 and valid against its schema', () => {
    const json = JSON.parse(toJsonFeed(model('t')));
    expect(json.version).toBe(JSON_FEED_VERSION);
    expect(json.authors).toEqual([{ name: SITE.name, url: 'https://security.acme.test/' }]);
    expect(json.author).toBeUndefined();
    const validate = jsonFeedValidator();
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('a further xml-js defect: &amp; in element text is unescaped once', () => {
  it('a site name containing a literal "&amp;" is escaped exactly once', () => {
    const m = model('t');
    m.title = 'R&amp;D & friends';
    expect(raw('t').rss2()).toContain('<title>raw</title>');
    const rawFeed = new Feed({ title: 'R&amp;D & friends', id: 'https://x.test/', link: 'https://x.test/', updated: NOW });
    expect(rawFeed.rss2()).toContain('<title>R&amp;D &amp; friends</title>');
    // Read by an XML parser (not an HTML-decoding feed reader), the channel title is the text as written.
    expect(toRss(m)).toContain('<title>R&amp;amp;D &amp; friends</title>');
  });
});

describe('converters given nothing', () => {
  it('write a valid empty site-wide feed for a site with nothing public, updated at the build instant', () => {
    const empty = feedModel([], SITE, { kind: 'site' }, NOW);
    expect(empty.entries).toEqual([]);
    expect(empty.updated).toEqual(NOW);
    for (const [xml, where] of [[toRss(empty), 'rss'], [toAtom(empty), 'atom']] as const) {
      assertWellFormedXml(xml, where);
      const parsed = parseFeed(xml);
      expect(parsed.items).toEqual([]);
      expect(parsed.title).toBe(SITE.name);
    }
    const json = JSON.parse(toJsonFeed(empty));
    expect(jsonFeedValidator()(json), JSON.stringify(jsonFeedValidator().errors)).toBe(true);
    expect(json.items).toEqual([]);
  });

  it('fail loudly for a component or branch feed with nothing in it, and for no model', () => {
    expect(() => feedModel([advisory('ACME-SA-2025-001')], SITE, { kind: 'component', name: 'api' }, NOW)).toThrow(
      'feed component api: nothing to export',
    );
    expect(() => toRss(undefined as never)).toThrow(/nothing to export/);
  });
});
