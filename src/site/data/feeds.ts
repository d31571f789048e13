/**
 * Glue between the feed converters and the feed endpoints: which feed files exist (a scope with
 * no public advisory gets none) and the response for each. Endpoints stay one line each.
 */
import { siteData } from './advisories.ts';
import { feedModel, feedScopes } from '../../outputs/exports/feed-model.ts';
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
}

/** Static paths for one kind of scope: `{ file }` site-wide, `{ name, file }` per component or branch. */
export async function feedPaths(kind: FeedScope['kind']) {
  const { advisories, site, branches } = await siteData();
  const scopes: FeedScope[] = kind === 'site' ? [{ kind: 'site' }] : feedScopes(advisories, site, branches).filter((s) => s.kind === kind);
  return scopes.flatMap((scope) =>
    (Object.keys(FEED_FILES) as FeedFormat[]).map((format) => ({
      params: { file: FEED_FILES[format], ...(scope.kind === 'site' ? {} : { name: scope.name }) },
      props: { scope, format } satisfies FeedProps,
    })),
  );
}

export async function feedResponse({ scope, format }: FeedProps): Promise<Response> {
  const { advisories, site, now } = await siteData();
  const body = WRITERS[format](feedModel(advisories, site, scope, now));
  return new Response(body, { headers: { 'Content-Type': TYPES[format] } });
}
