/**
 * Full-text search: after the pages are written, Pagefind indexes the ones that mark a
 * `data-pagefind-body` (advisories and policy pages) into dist/pagefind/. It runs before the
 * embargo guard, so the guard scans the index like any other output.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { listFiles } from '../lib/guard/scan.ts';

/** Pagefind's ready-made interfaces; /search/ uses only the JavaScript API, so they are not shipped. */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Pages that opt in; Pagefind would skip the rest anyway, this just avoids sending them. */
const INDEXED = /\sdata-pagefind-body[\s>=]/;

export default function searchIndex(): AstroIntegration {
  return {
    name: 'disclose:search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
        if (!index) throw new Error(`search index: Pagefind did not start: ${errors.join('; ')}`);
        let pages = 0;
        let words = 0;
        try {
          for (const file of listFiles(out).filter((f) => f.endsWith('.html'))) {
            const content = fs.readFileSync(file, 'utf8');
            if (!INDEXED.test(content)) continue;
            const added = await index.addHTMLFile({ url: `/${path.relative(out, file).split(path.sep).join('/')}`.replace(/index\.html$/, ''), content });
            if (added.errors.length > 0) throw new Error(`search index: ${file}: ${added.errors.join('; ')}`);
            pages += 1;
            words += added.file.uniqueWords;
          }
          const bundle = path.join(out, 'pagefind');
          const written = await index.writeFiles({ outputPath: bundle });
          if (written.errors.length > 0) throw new Error(`search index: ${written.errors.join('; ')}`);
          for (const name of fs.readdirSync(bundle).filter((n) => UNUSED.test(n))) fs.rmSync(path.join(bundle, name));
        } finally {
          await pagefind.close();
        }
        logger.info(`search index: ${pages} pages, ${words} words in ${((performance.now() - started) / 1000).toFixed(2)} s`);
      },
    },
  };
}
