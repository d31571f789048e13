/**
 * What a feed says, independent of its format: which advisories it holds (a window over the
 * newest), and for each the id, dates, title, summary, HTML body and categories. The RSS, Atom
 * and JSON Feed writers in feeds.ts all serialise this one model, so the three agree.
 */
import { subDays } from 'date-fns/subDays';
import { formatHeadline } from '../../domain/severity.ts';
import { markdownToHtml } from './markdown-html.ts';
import { type FeedFacts, feedFacts, feedFactsHtml } from './feed-facts.ts';
import { type FeedFormat, type FeedScope, FEED_FILES, absolute, branchLabel, branchScope, paths } from '../../domain/urls.ts';
import { type SitePackages, branchHolds, orderingFor } from '../../domain/lines.ts';
import { affectsBranch } from '../../domain/versions.ts';
import { type ExportAdvisory, lastModified, requireSome } from './record.ts';
import type { Branch, Site } from '../../domain/model.ts';
import { supportTable } from '../../domain/support.ts';

export const FEED_MIN_ENTRIES = 50;
export const FEED_WINDOW_DAYS = 90;

export interface FeedCategory {
  term: string;
  /** The vocabulary the term belongs to, as an absolute URL. */
  scheme: string;
}

export interface FeedEntry {
  /** The advisory's canonical page: feed id and link at once. */
  url: string;
  title: string;
  summary: string;
  html: string;
  published: Date;
  updated: Date;
  categories: FeedCategory[];
  /** An advisory's severity, identifiers, affected ranges and fixes: in the HTML, and structured in JSON Feed. */
  facts?: FeedFacts;
}

export interface FeedModel {
  title: string;
  description: string;
  /** Canonical origin, against which every URL is resolved. */
  base: string;
  /** The HTML page the feed belongs to; also the Atom feed id. */
  home: string;
  self: Record<FeedFormat, string>;
  language: string;
  author: { name: string; url: string };
  /** The newest entry's update: never the build clock, so an unchanged site gives the same bytes (an empty feed aside). */
  updated: Date;
  entries: FeedEntry[];
  /** True for a feed that is valid with no entries (a branch nothing affects yet). */
  mayBeEmpty?: boolean;
}

/** Newest first: the newest 50, or every advisory of the last 90 days if that is more. */
export function feedWindow<T extends { data: { published: Date } }>(newestFirst: readonly T[], now: Date): T[] {
  const since = subDays(now, FEED_WINDOW_DAYS);
  const recent = newestFirst.filter((a) => a.data.published >= since).length;
  return newestFirst.slice(0, Math.max(FEED_MIN_ENTRIES, recent));
}

/** Which advisories belong to a scope: all, those naming a component, or those affecting a branch. */
export function inScope(a: ExportAdvisory, scope: FeedScope, site: SitePackages): boolean {
  if (scope.kind === 'site') return true;
  if (scope.kind === 'component') return a.data.components.includes(scope.name);
  return a.data.affected.some((pkg) => branchHolds(scope, pkg.package) && affectsBranch(pkg, scope.branch, orderingFor(site, pkg.package)));
}

export function entryTitle(a: ExportAdvisory): string {
  const marks = [formatHeadline(a.headline), ...(a.data.status === 'withdrawn' ? ['withdrawn'] : [])];
  return `${a.id} [${marks.join(', ')}] ${a.data.title}`;
}

export function feedEntry(a: ExportAdvisory, site: Site): FeedEntry {
  const categories: FeedCategory[] = [
    ...a.data.components.map((term) => ({ term, scheme: absolute(site.url, '/feeds/component/') })),
    { term: a.headline.label, scheme: absolute(site.url, `${paths.advisories()}#severity`) },
    ...a.data.cwe.map((term) => ({ term, scheme: 'https://cwe.mitre.org/' })),
    ...a.data.cve.map((term) => ({ term, scheme: 'https://www.cve.org/' })),
    ...a.data.ghsa.map((term) => ({ term, scheme: 'https://github.com/advisories/' })),
  ];
  const facts = feedFacts(a.data, a.headline, (pkg) => orderingFor(site, pkg));
  return {
    url: absolute(site.url, paths.advisory(a.id)),
    title: entryTitle(a),
    summary: a.data.summary,
    html: feedFactsHtml(facts) + markdownToHtml(a.body, absolute(site.url, paths.advisory(a.id))),
    facts,
    published: a.data.published,
    updated: lastModified(a.data),
    categories,
  };
}

function scopeTitle(site: Site, scope: FeedScope): string {
  if (scope.kind === 'site') return site.name;
  return `${site.name}: ${scope.kind === 'component' ? `component ${scope.name}` : `${site.project} ${branchLabel(scope)}`}`;
}

function scopeDescription(site: Site, scope: FeedScope): string {
  if (scope.kind === 'site') return `Security advisories for ${site.project}.`;
  if (scope.kind === 'component') return `Security advisories for the ${scope.name} component of ${site.project}.`;
  return `Security advisories that affect ${site.project} ${branchLabel(scope)}.`;
}

/**
 * The feed for one scope at the build instant. The site-wide feed always exists: on a site with
 * nothing public yet it is a valid empty feed dated from the build, so subscribers can follow a
 * new site. A branch scope given `emptySince` (the branch's release) is a valid empty feed too,
 * so every branch page can link its feed before anything affects the branch. A component scope
 * with no public advisory throws.
 */
export function feedModel(advisories: readonly ExportAdvisory[], site: Site, scope: FeedScope, now: Date, emptySince?: Date): FeedModel {
  const scoped = advisories.filter((a) => inScope(a, scope, site));
  const emptyFrom = scope.kind === 'site' ? now : scope.kind === 'branch' ? emptySince : undefined;
  const what = scope.kind === 'site' ? 'feed site' : `feed ${scope.kind} ${scope.name}`;
  const entries = feedWindow(emptyFrom ? scoped : requireSome(scoped, what), now).map((a) => feedEntry(a, site));
  return feedEnvelope(site, {
    title: scopeTitle(site, scope),
    description: scopeDescription(site, scope),
    home: scope.kind === 'branch' ? paths.branch(scope.name) : paths.advisories(),
    selfPath: (f) => paths.scopedFeed(scope, f),
    entries,
    ...(emptyFrom ? { emptySince: emptyFrom } : {}),
  });
}

/**
 * What every feed shares around its entries: links, language, author, and an updated time that
 * is the newest entry's, never the build clock; only a feed with no entry at all (a new site)
 * takes the build instant, since Atom and RSS readers need some time.
 */
export function feedEnvelope(
  site: Site,
  feed: { title: string; description: string; home: string; selfPath: (format: FeedFormat) => string; entries: FeedEntry[]; emptySince?: Date },
): FeedModel {
  const self = Object.fromEntries((Object.keys(FEED_FILES) as FeedFormat[]).map((f) => [f, absolute(site.url, feed.selfPath(f))])) as Record<FeedFormat, string>;
  return {
    title: feed.title,
    description: feed.description,
    base: site.url,
    home: absolute(site.url, feed.home),
    self,
    language: site.security_txt.languages[0] ?? 'en',
    author: { name: site.name, url: absolute(site.url, paths.home()) },
    // An empty feed has no newest entry: it dates from what it follows (a branch's release, or
    // for a site with nothing public yet, the build).
    updated: feed.entries.length > 0 || !feed.emptySince ? new Date(Math.max(...feed.entries.map((e) => e.updated.getTime()))) : feed.emptySince,
    entries: feed.entries,
    ...(feed.emptySince ? { mayBeEmpty: true } : {}),
  };
}

/** A scoped feed and, for a branch, the instant an empty feed dates from (its release). */
export interface ScopedFeed {
  scope: FeedScope;
  emptySince?: Date;
}

/**
 * Components and branches that get their own feeds: every component with at least one public
 * advisory, and every branch released by `now` (the branches that have a page), empty or not.
 */
export function feedScopes(advisories: readonly ExportAdvisory[], site: Site, branches: readonly Branch[], now: Date): ScopedFeed[] {
  const components: ScopedFeed[] = site.components
    .map((name) => ({ scope: { kind: 'component' as const, name } }))
    .filter(({ scope }) => advisories.some((a) => inScope(a, scope, site)));
  const released: ScopedFeed[] = supportTable(branches, now, site).map(({ branch }) => ({
    scope: branchScope(branch),
    emptySince: branch.released,
  }));
  return [...components, ...released];
}
