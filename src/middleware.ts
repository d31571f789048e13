/**
 * During a build, passes every rendered HTML page to the search indexer (see lib/search-feed.ts).
 * Outside a build there is no feed and this does nothing; the page itself is never changed.
 */
import { defineMiddleware } from 'astro:middleware';
import { searchFeed } from './build/search-feed.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const feed = searchFeed();
  if (!feed || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  await feed(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
