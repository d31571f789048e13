/**
 * What a feed says, independent of its format: which advisories it holds (a window over the
 * newest), and for each the id, dates, title, summary, HTML body and categories. The RSS, Atom
 * and JSON Feed writers in feeds.ts all serialise this one model, so the three agree.
 */
import { subDays } from 'date-fns/subDays';
import { formatHeadline } from '../../domain/severity.ts';
import { markdownToHtml } from './markdown-html.ts';
import { type FeedFormat, type FeedScope, FEED_FILES, absolute, branchLabel, paths } from '../../domain/urls.ts';
import { type SitePackages, branchHolds, orderingFor } from '../../domain/lines.ts';
import { affectsBranch } from '../../domain/versions.ts';
import { type ExportAdvisory, lastModified, requireSome } from './record.ts';
import type { Site } from '../../domain/model.ts';

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
  ];
  return {
    url: absolute(site.url, paths.advisory(a.id)),
    title: entryTitle(a),
    summary: a.data.summary,
    html: markdownToHtml(a.body, absolute(site.url, paths.advisory(a.id))),
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
 * The feed for one scope at the build instant. The site-wide feed always exists, empty on a site
 * with nothing public yet (so subscribers can follow a new site); a component or branch feed
 * exists only for a scope with a public advisory, and throws otherwise.
 */
export function feedModel(advisories: readonly ExportAdvisory[], site: Site, scope: FeedScope, now: Date): FeedModel {
  const scoped = scope.kind === 'site' ? advisories : requireSome(advisories.filter((a) => inScope(a, scope, site)), `feed ${scope.kind} ${scope.name}`);
  const entries = feedWindow(scoped, now).map((a) => feedEntry(a, site));
  return feedEnvelope(site, {
    updatedWhenEmpty: now,
    title: scopeTitle(site, scope),
    description: scopeDescription(site, scope),
    home: paths.advisories(),
    selfPath: (f) => paths.scopedFeed(scope, f),
    entries,
  });
}

/**
 * What every feed shares around its entries: links, language, author, and an updated time that
 * is the newest entry's, never the build clock; only a feed with no entry at all (a new site)
 * takes the build instant, since Atom and RSS readers need some time.
 */
export function feedEnvelope(
  site: Site,
  feed: { updatedWhenEmpty?: Date; title: string; description: string; home: string; selfPath: (format: FeedFormat) => string; entries: FeedEntry[] },
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
    updated: feed.entries.length === 0 && feed.updatedWhenEmpty ? feed.updatedWhenEmpty : new Date(Math.max(...feed.entries.map((e) => e.updated.getTime()))),
    entries: feed.entries,
  };
}

/** Components and branches that get their own feeds: those with at least one public advisory. */
export function feedScopes(advisories: readonly ExportAdvisory[], site: Site, branches: readonly { branch: string; package?: string; id: string }[]): FeedScope[] {
  const scopes: FeedScope[] = [
    ...site.components.map((name) => ({ kind: 'component' as const, name })),
    ...branches.map((b) => ({ kind: 'branch' as const, name: b.id, branch: b.branch, ...(b.package === undefined ? {} : { package: b.package }) })),
  ];
  return scopes.filter((scope) => advisories.some((a) => inScope(a, scope, site)));
}
