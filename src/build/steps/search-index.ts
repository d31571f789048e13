/**
 * Full-text search: Pagefind indexes the pages that mark a `data-pagefind-body` (advisories and
 * policy pages) into dist/pagefind/. Pagefind works in its own process, so it runs beside the
 * rest of the build: pages reach it as they render (../page-channel.ts), and after the build
 * any indexable page that did not pass that way is added from dist/. The guard scans the rest
 * of the output meanwhile, then waits for the index and scans it.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { listFiles } from '../../outputs/guard/scan.ts';
import { onRenderedPage } from '../page-channel.ts';

/** Pagefind's ready-made interfaces; /search/ uses only the JavaScript API, so they are not shipped. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Pages that opt in; Pagefind would skip the rest anyway, this just avoids sending them. */
const INDEXED = /\sdata-pagefind-body[\s>=]/;

export const SEARCH_BUNDLE = 'pagefind';

/**
 * Pages sent to Pagefind and not yet indexed. Past this many the renderer waits, which holds up
 * the rendering instead of letting unindexed pages pile up in memory (about 20 KB each).
 */
const IN_FLIGHT = 64;

export interface SearchIndexing {
  /** Stops taking rendered pages, adds any the feed missed, writes the index; resolves with its summary line. */
  finish(out: string): Promise<string>;
}

/** Opens the index and starts taking rendered pages. */
export function startSearchIndex(): SearchIndexing {
  const started = performance.now();
  const opened = pagefind.createIndex({ forceLanguage: 'en' }).then(({ index, errors }) => {
    if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
    return index;
  });
  opened.catch(() => undefined);
  const added = new Set<string>();
  const adding: Promise<number>[] = [];
  let pending = 0;
  const waiting: (() => void)[] = [];

  function add(url: string, content: string): Promise<void> | undefined {
    if (added.has(url) || !INDEXED.test(content)) return undefined;
    added.add(url);
    pending++;
    const answered = opened
      .then((index) => index.addHTMLFile({ url, content }))
      .finally(() => {
        pending--;
        if (pending < IN_FLIGHT / 2) for (const resume of waiting.splice(0)) resume();
      });
    const done = answered.then((r) => {
      if (r.errors.length > 0) throw new Error(`${url}: ${r.errors.join('; ')}`);
      return r.file.uniqueWords;
    });
    // Failures surface when finish() awaits every page; do not let them go unhandled meanwhile.
    done.catch(() => undefined);
    adding.push(done);
    return pending < IN_FLIGHT ? undefined : new Promise((resolve) => waiting.push(resolve));
  }

  const stop = onRenderedPage((page) => {
    page.wait = add(page.pathname, page.html);
  });

  return {
    async finish(out) {
      stop();
      try {
        const index = await opened;
        // Pages that did not pass through the feed (none, normally) are read from the output.
        for (const file of listFiles(out).filter((f) => f.endsWith('.html') && !f.startsWith(path.join(out, SEARCH_BUNDLE, path.sep)))) {
          const url = `/${path.relative(out, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
          if (!added.has(url)) await add(url, fs.readFileSync(file, 'utf8'));
        }
        const words = (await Promise.all(adding)).reduce((sum, n) => sum + n, 0);
        const bundle = path.join(out, SEARCH_BUNDLE);
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length > 0) throw new Error(written.errors.join('; '));
        for (const name of fs.readdirSync(bundle).filter((n) => UNUSED.test(n))) fs.rmSync(path.join(bundle, name));
        return `search index: ${added.size} pages, ${words} words in ${((performance.now() - started) / 1000).toFixed(2)} s`;
      } finally {
        await pagefind.close();
      }
    },
  };
}
