/**
 * Advisories load as data with pre-rendered HTML, not as one MDX module each. Astro's glob
 * loader turns every .mdx file into a JavaScript module that Vite must bundle, which made the
 * bundling step grow with every advisory (about 20 s per 1,000). Advisory bodies are Markdown
 * in practice; `npm run check` still parses them as MDX, and rejects MDX-only syntax (imports,
 * JSX, expressions) that this renderer would print as text (see lib/corpus/mdx.ts).
 * Entries whose file is unchanged keep their stored data and HTML, so a rebuild after one
 * change re-renders one advisory. When many bodies need rendering, a worker thread renders half
 * of them with the same pipeline (src/markdown.ts) while this thread renders the rest.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { FRONTMATTER, listFiles } from '../../corpus/read.ts';
import { type BodySource, type RenderedBody, renderBodies } from '../../outputs/markdown.ts';
import { runWorker } from '../../platform/worker.ts';
import { collecting, publishBody } from '../body-channel.ts';

/** Below this many bodies, starting a worker costs more than it saves. */
const SHARE_FROM = 200;

/** The options Astro itself renders Markdown with (see the content layer's renderMarkdown). */
function rendererOptions(config: LoaderContext['config']): AstroMarkdownOptions {
  const { markdown, image } = config;
  return {
    image: { domains: image.domains, remotePatterns: image.remotePatterns },
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig,
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
  };
}

async function renderAll(bodies: BodySource[], options: AstroMarkdownOptions): Promise<RenderedBody[]> {
  if (bodies.length < SHARE_FROM) return renderBodies(bodies, options);
  const half = Math.ceil(bodies.length / 2);
  const [mine, theirs] = await Promise.all([
    renderBodies(bodies.slice(0, half), options),
    runWorker<RenderedBody[]>(new URL('./markdown-worker.ts', import.meta.url), { options, bodies: bodies.slice(half) }),
  ]);
  return [...mine, ...theirs];
}

export function advisoriesLoader(dir: string): Loader {
  return {
    name: 'disclose-advisories',
    load: async ({ store, parseData, generateDigest, watcher, config }) => {
      watcher?.add(dir);
      const untouched = new Set(store.keys());
      const changed: { id: string; file: string; data: Record<string, unknown>; body: string; digest: string }[] = [];
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
        changed.push({ id, file, data, body, digest });
      }
      const rendered = await renderAll(
        changed.map((c) => ({ body: c.body, fileURL: pathToFileURL(c.file).href })),
        rendererOptions(config),
      );
      const root = fileURLToPath(config.root);
      changed.forEach(({ id, file, data, body, digest }, i) => {
        store.set({ id, data, body, digest, rendered: rendered[i], filePath: path.relative(root, file) });
      });
      for (const id of untouched) store.delete(id);
      // The guard reads bodies as the pages show them; hand it this HTML rather than render again.
      if (collecting()) {
        for (const id of store.keys()) {
          const entry = store.get(id);
          if (entry?.body !== undefined && entry.rendered) publishBody({ id, body: entry.body, html: entry.rendered.html });
        }
      }
    },
  };
}
