/**
 * Advisories load as data with pre-rendered HTML, not as one MDX module each. Astro's glob
 * loader turns every .mdx file into a JavaScript module that Vite must bundle, which made the
 * bundling step grow with every advisory (about 20 s per 1,000). Advisory bodies are Markdown
 * in practice; `npm run check` still parses them as MDX, and rejects MDX-only syntax (imports,
 * JSX, expressions) that this renderer would print as text (see lib/corpus/mdx.ts).
 * Entries whose file is unchanged keep their stored data and HTML, so a rebuild after one
 * change re-renders one advisory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import type { Loader } from 'astro/loaders';
import { FRONTMATTER, listFiles } from '../lib/corpus/read.ts';

export function advisoriesLoader(dir: string): Loader {
  return {
    name: 'disclose-advisories',
    load: async ({ store, parseData, generateDigest, renderMarkdown, watcher, config }) => {
      watcher?.add(dir);
      const untouched = new Set(store.keys());
      for (const file of listFiles(dir, '.mdx', true)) {
        const id = path.basename(file, '.mdx');
        untouched.delete(id);
        const source = fs.readFileSync(file, 'utf8');
        const digest = generateDigest(source);
        if (store.get(id)?.digest === digest) continue;
        const match = FRONTMATTER.exec(source);
        // The core schema, as npm run check reads it: dates stay strings for the strict date check.
        const raw = (match ? yaml.load(match[1]!, { schema: yaml.CORE_SCHEMA }) : {}) as Record<string, unknown>;
        const body = match ? source.slice(match[0].length) : source;
        const data = await parseData({ id, data: raw, filePath: file });
        const rendered = await renderMarkdown(body, { fileURL: pathToFileURL(file) });
        store.set({ id, data, body, digest, rendered, filePath: path.relative(fileURLToPath(config.root), file) });
      }
      for (const id of untouched) store.delete(id);
    },
  };
}
