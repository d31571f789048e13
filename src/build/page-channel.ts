/**
 * How rendered pages reach the search index while a build renders them. The page bundle and the
 * build steps are separate module graphs in one process, so they meet on a named Node
 * diagnostics channel: src/middleware.ts publishes every HTML page it renders, and the search
 * step (steps/search-index.ts) subscribes for the length of a build. Outside a build nobody
 * subscribes and the middleware does nothing.
 */
import diagnostics from 'node:diagnostics_channel';

export interface RenderedPage {
  pathname: string;
  html: string;
  /**
   * Set by a subscriber that is behind: the renderer waits for it before the next page, so a
   * slow indexer slows the rendering instead of letting pages pile up in memory.
   */
  wait?: Promise<void>;
}

export const renderedPages = diagnostics.channel('disclose:rendered-page');

/** Whether a build step is listening, so the middleware can skip reading the page otherwise. */
export const listening = (): boolean => renderedPages.hasSubscribers;

/** Publishes a page and resolves when the subscriber can take more. */
export async function publishPage(pathname: string, html: string): Promise<void> {
  const page: RenderedPage = { pathname, html };
  renderedPages.publish(page);
  await page.wait;
}

export function onRenderedPage(handle: (page: RenderedPage) => void): () => void {
  const listener = (message: unknown) => handle(message as RenderedPage);
  renderedPages.subscribe(listener);
  return () => renderedPages.unsubscribe(listener);
}
