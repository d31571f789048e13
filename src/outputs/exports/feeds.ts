/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 from one FeedModel, written with `feed`@6.0.0 and guarded
 * against its known defects (each has a test in tests/unit/feed-guards.test.ts):
 * 1. only the first `]]>` in a CDATA section is escaped: every CDATA payload is HTML here, and
 *    `cdataSafeHtml` writes `]]>` as `]]&gt;`, so none reaches the serialiser;
 * 2. XML-illegal control characters pass through: `stripXmlIllegal` on every text;
 * 3. relative URLs throw: every URL is resolved against the site's origin first;
 * 4. Atom gets an empty `<id/>` unless one is set: the feed's own Atom URL is its id;
 * 5. an invalid date prints "Invalid Date" (or throws a bare RangeError): `validDate` names the
 *    entry instead;
 * 6. `json1()` writes JSON Feed version 1: its output is upgraded to 1.1 (version, `authors`,
 *    `language`) and the texts are set as plain text, which 1.1 wants.
 * A seventh, found on the way: xml-js turns `&amp;` in element text into `&` before escaping, so
 * element texts are given with `&` pre-escaped (`xmlText`), which then comes out exactly once.
 * Attribute values are escaped for `"` and `&` only, never `<`: the only attributes carrying
 * content are Atom category terms, which are component slugs (site schema), severity words and
 * CWE ids, so no `<` can reach them.
 */
import { Feed, type Item } from 'feed';
import type { FeedEntry, FeedModel } from './feed-model.ts';
import { cdataSafeHtml, escapeHtml, stripXmlIllegal, validDate } from './text.ts';
import { requireOne } from './record.ts';

export const JSON_FEED_VERSION = 'https://jsonfeed.org/version/1.1';

type Flavour = 'xml' | 'json';

/** Element text for xml-js: legal characters, `&` escaped once in advance (see defect 7). */
const xmlText = (text: string) => stripXmlIllegal(text).replace(/&/g, '&amp;');
/** Plain text as HTML inside CDATA (RSS and Atom titles and summaries are HTML to readers). */
const xmlHtmlText = (text: string) => cdataSafeHtml(escapeHtml(stripXmlIllegal(text)));
const url = (value: string, base: string) => new URL(value, base).href;

function item(entry: FeedEntry, model: FeedModel, flavour: Flavour): Item {
  const where = entry.url;
  const link = url(entry.url, model.base);
  return {
    title: flavour === 'xml' ? xmlHtmlText(entry.title) : entry.title,
    // RSS: no id, so the guid is the permalink; Atom and JSON take the link as the id.
    id: flavour === 'json' ? link : undefined,
    link,
    date: validDate(entry.updated, `${where}: updated`),
    published: validDate(entry.published, `${where}: published`),
    description: flavour === 'xml' ? xmlHtmlText(entry.summary) : entry.summary,
    content: flavour === 'xml' ? cdataSafeHtml(stripXmlIllegal(entry.html)) : entry.html,
    category: entry.categories.map((c) => ({
      name: flavour === 'xml' ? xmlText(c.term) : c.term,
      term: stripXmlIllegal(c.term),
      scheme: url(c.scheme, model.base),
      domain: url(c.scheme, model.base),
    })),
  };
}

function build(model: FeedModel, flavour: Flavour): Feed {
  requireOne(model, 'feed');
  const t = (text: string) => (flavour === 'xml' ? xmlText(text) : text);
  const feed = new Feed({
    id: url(model.self.atom, model.base),
    title: t(model.title),
    description: t(model.description),
    link: url(model.home, model.base),
    language: model.language,
    updated: validDate(model.updated, `feed ${model.self.atom}: updated`),
    generator: false,
    feedLinks: {
      rss: url(model.self.rss, model.base),
      atom: url(model.self.atom, model.base),
      json: url(model.self.json, model.base),
    },
    author: { name: t(model.author.name), link: url(model.author.url, model.base) },
  });
  for (const entry of model.entries) feed.addItem(item(entry, model, flavour));
  return feed;
}

export function toRss(model: FeedModel): string {
  return build(model, 'xml').rss2();
}

export function toAtom(model: FeedModel): string {
  return build(model, 'xml').atom1();
}

export function toJsonFeed(model: FeedModel): string {
  const v1 = JSON.parse(build(model, 'json').json1()) as Record<string, unknown> & { author?: unknown; items: unknown[] };
  const { author, items, ...rest } = v1;
  delete rest.version;
  return `${JSON.stringify(
    { version: JSON_FEED_VERSION, ...rest, language: model.language, authors: author ? [author] : undefined, items },
    null,
    2,
  )}\n`;
}
