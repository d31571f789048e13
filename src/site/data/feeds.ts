/**
 * Glue between the feed converters and the feed endpoints: which feed files exist (the site-wide
 * feed always; a component with no public advisory gets none; every released branch gets one,
 * empty or not) and the response for each. Endpoints stay one line each.
 */
import { siteData } from './advisories.ts';
import { type ScopedFeed, feedModel, feedScopes } from '../../outputs/exports/feed-model.ts';
import { toAtom, toJsonFeed, toRss } from '../../outputs/exports/feeds.ts';
import { type FeedFormat, type FeedScope, FEED_FILES } from '../../domain/urls.ts';

export const WRITERS = { rss: toRss, atom: toAtom, json: toJsonFeed } as const;
export const TYPES: Record<FeedFormat, string> = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  json: 'application/feed+json; charset=utf-8',
};

export interface FeedProps {
  scope: FeedScope;
  format: FeedFormat;
  emptySince?: Date;
}

/** Static paths for one kind of scope: `{ file }` site-wide, `{ name, file }` per component or branch. */
export async function feedPaths(kind: FeedScope['kind']) {
  const { advisories, site, branches, now } = await siteData();
  const scopes: ScopedFeed[] = kind === 'site' ? [{ scope: { kind: 'site' } }] : feedScopes(advisories, site, branches, now).filter((s) => s.scope.kind === kind);
  return scopes.flatMap(({ scope, emptySince }) =>
    (Object.keys(FEED_FILES) as FeedFormat[]).map((format) => ({
      params: { file: FEED_FILES[format], ...(scope.kind === 'site' ? {} : { name: scope.name }) },
      props: { scope, format, ...(emptySince ? { emptySince } : {}) } satisfies FeedProps,
    })),
  );
}

export async function feedResponse({ scope, format, emptySince }: FeedProps): Promise<Response> {
  const { advisories, site, now } = await siteData();
  const body = WRITERS[format](feedModel(advisories, site, scope, now, emptySince));
  return new Response(body, { headers: { 'Content-Type': TYPES[format] } });
}
