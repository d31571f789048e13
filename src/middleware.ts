/**
 * During a build, publishes every rendered HTML page for the search index (see
 * src/build/page-channel.ts). Outside a build nobody listens and this does nothing; the page
 * itself is never changed.
 */
import { defineMiddleware } from 'astro:middleware';
import { listening, publishPage } from './build/page-channel.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!listening() || !response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = await response.text();
  await publishPage(context.url.pathname, html);
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
