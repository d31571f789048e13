/**
 * Full-text search: Pagefind indexes the pages that mark a `data-pagefind-body` (advisories and
 * policy pages) into dist/pagefind/. Pagefind works in its own process, so it runs beside the
 * rest of the build: pages reach it as they render (lib/search-feed.ts), and after the build
 * any indexable page that did not pass that way is added from dist/. The embargo guard scans
 * the rest of the output meanwhile, then waits for the index (state.searchIndexed) and scans it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { BuildState } from './build-state.ts';
import { listFiles } from '../outputs/guard/scan.ts';
import { closeSearchFeed, openSearchFeed } from './search-feed.ts';

/** Pagefind's ready-made interfaces; /search/ uses only the JavaScript API, so they are not shipped. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Pages that opt in; Pagefind would skip the rest anyway, this just avoids sending them. */
const INDEXED = /\sdata-pagefind-body[\s>=]/;

export const SEARCH_BUNDLE = 'pagefind';

/**
 * Pages sent to Pagefind and not yet indexed. Past this many the feed waits, which holds up the
 * rendering instead of letting unindexed pages pile up in memory (about 20 KB each).
 */
const IN_FLIGHT = 64;

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

export default function searchIndex(state: BuildState): AstroIntegration {
  let started = 0;
  let opened: Promise<Index> | undefined;
  const added = new Set<string>();
  const adding: Promise<number>[] = [];
  let pending = 0;
  const waiting: (() => void)[] = [];

  /** Resolves once fewer than IN_FLIGHT pages wait for Pagefind. */
  function room(): Promise<void> | void {
    if (pending < IN_FLIGHT) return;
    return new Promise((resolve) => waiting.push(resolve));
  }

  function add(index: Index, url: string, content: string): Promise<void> | void {
    if (added.has(url) || !INDEXED.test(content)) return;
    added.add(url);
    pending++;
    const answered = index.addHTMLFile({ url, content }).finally(() => {
      pending--;
      if (pending < IN_FLIGHT / 2) for (const resume of waiting.splice(0)) resume();
    });
    const done = answered.then((r) => {
      if (r.errors.length > 0) throw new Error(`search index: ${url}: ${r.errors.join('; ')}`);
      return r.file.uniqueWords;
    });
    // Failures surface when build:done awaits every page; do not let them go unhandled meanwhile.
    done.catch(() => undefined);
    adding.push(done);
    return room();
  }

  async function finish(out: string, logger: { info: (m: string) => void }): Promise<void> {
    const index = await opened!;
    try {
      // Pages that did not pass through the feed (none, normally) are read from the output.
      for (const file of listFiles(out).filter((f) => f.endsWith('.html') && !f.startsWith(path.join(out, SEARCH_BUNDLE, path.sep)))) {
        const url = `/${path.relative(out, file).split(path.sep).join('/')}`.replace(/index\.html$/, '');
        if (!added.has(url)) await add(index, url, fs.readFileSync(file, 'utf8'));
      }
      const words = (await Promise.all(adding)).reduce((sum, n) => sum + n, 0);
      const bundle = path.join(out, SEARCH_BUNDLE);
      const written = await index.writeFiles({ outputPath: bundle });
      if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
      for (const name of fs.readdirSync(bundle).filter((n) => UNUSED.test(n))) fs.rmSync(path.join(bundle, name));
      logger.info(`search index: ${added.size} pages, ${words} words in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    } finally {
      await pagefind.close();
    }
  }

  return {
    name: 'disclose:search-index',
    hooks: {
      'astro:build:start': () => {
        started = performance.now();
        opened = pagefind.createIndex({ forceLanguage: 'en' }).then(({ index, errors }) => {
          if (!index) throw new Error(`search index: Pagefind did not start: ${errors.join('; ')}`);
          return index;
        });
        opened.catch(() => undefined);
        const early: [string, string][] = [];
        openSearchFeed((url, html) => {
          early.push([url, html]);
        });
        // Pages rendered before Pagefind is up wait in `early`.
        opened.then((index) => {
          openSearchFeed((url, html) => add(index, url, html));
          for (const [url, html] of early.splice(0)) void add(index, url, html);
        }, () => undefined);
      },
      'astro:build:done': ({ dir, logger }) => {
        closeSearchFeed();
        state.searchIndexed = finish(fileURLToPath(dir).replace(/[\/]+$/, ''), logger);
        // A failure surfaces when the guard awaits this; do not let it go unhandled meanwhile.
        state.searchIndexed.catch(() => undefined);
      },
    },
  };
}
