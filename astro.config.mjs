// @ts-check
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import yaml from 'js-yaml';
import disclose from './src/build/pipeline.ts';
import { markdownProcessor, syntaxHighlight } from './src/outputs/markdown.ts';

// The canonical origin comes from the content folder's site.yaml, so any project's folder
// builds with its own URLs. A missing or broken site.yaml is reported by validate-content.
const dir = path.resolve(process.env.DISCLOSE_CONTENT?.trim() || 'content');

function siteUrl() {
  try {
    const site = /** @type {{ url?: unknown }} */ (yaml.load(fs.readFileSync(path.join(dir, 'site.yaml'), 'utf8')));
    return typeof site?.url === 'string' ? site.url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The site's configuration. `extra` integrations run after Disclose's background steps start
 * and before its embargo guard (the leak tests plant files in the output this way); `clock`
 * replaces the system clock when DISCLOSE_NOW is unset (the clock test counts its reads).
 * @param {import('./src/build/pipeline.ts').PipelineOptions} [options]
 */
export function discloseConfig(options = {}) {
  return defineConfig({
    site: siteUrl(),
    // One content-layer cache per content folder, so building another folder (tests, benchmarks)
    // neither reuses nor evicts the default site's cache.
    cacheDir: `./node_modules/.astro/${crypto.createHash('sha256').update(dir).digest('hex').slice(0, 12)}`,
    trailingSlash: 'always',
    // Every script and stylesheet is a file of the site's own, never inlined into the page, so the
    // pages run under a Content Security Policy of 'self' (src/site/content-security-policy.ts).
    build: { format: 'directory', inlineStylesheets: 'never' },
    vite: { build: { assetsInlineLimit: 0 } },
    // See src/outputs/markdown.ts; the advisories loader renders with the same settings on a worker.
    markdown: { processor: markdownProcessor, syntaxHighlight },
    // disclose() is the build pipeline (src/build/pipeline.ts): the snapshot first, the exports
    // and the search index beside the pages, and the embargo guard after every other step.
    // Alias pages only redirect, so they stay out of the sitemap.
    integrations: [mdx(), sitemap({ filter: (page) => !/\/(cve|ghsa)\//.test(page) }), ...disclose(options)],
    devToolbar: { enabled: false },
  });
}

export default discloseConfig();
