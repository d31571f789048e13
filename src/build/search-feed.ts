/**
 * How rendered pages reach the search indexer during a build. The search-index integration
 * opens a feed before the pages render and src/middleware.ts hands it each HTML page as soon as
 * it is rendered, so Pagefind (its own process) indexes on the other core while the rest of the
 * site renders. The two live in different module graphs (the integration in the build process,
 * the middleware in the bundle Astro renders with), so the feed is a process-wide global.
 */
/** Resolves when the indexer can take more, so a slow indexer slows the rendering, not memory. */
export type SearchFeed = (pathname: string, html: string) => Promise<void> | void;

const KEY = Symbol.for('disclose.search-feed');
const slot = globalThis as { [KEY]?: SearchFeed };

export function openSearchFeed(feed: SearchFeed): void {
  slot[KEY] = feed;
}

export function closeSearchFeed(): void {
  delete slot[KEY];
}

/** Only set while a build renders its pages; never in `astro dev`. */
export function searchFeed(): SearchFeed | undefined {
  return slot[KEY];
}
