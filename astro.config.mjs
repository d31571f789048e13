// @ts-check
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import yaml from 'js-yaml';
import disclose from './src/build/disclose.ts';
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
 * The site's configuration. `extraIntegrations` run after MDX and before Disclose's guard; the
 * embargo tests use it to plant leaks in the output and prove the guard catches them.
 * @param {import('astro').AstroIntegration[]} [extraIntegrations]
 */
export function discloseConfig(extraIntegrations = []) {
  return defineConfig({
    site: siteUrl(),
    // One content-layer cache per content folder, so building another folder (tests, benchmarks)
    // neither reuses nor evicts the default site's cache.
    cacheDir: `./node_modules/.astro/${crypto.createHash('sha256').update(dir).digest('hex').slice(0, 12)}`,
    trailingSlash: 'always',
    build: { format: 'directory' },
    // See src/markdown.ts; the advisories loader renders with the same settings on a worker.
    markdown: { processor: markdownProcessor, syntaxHighlight },
    // disclose() validates content first, writes the exports and the search index after the
    // pages, and runs the embargo guard after every other integration, so it scans all of it.
    // Alias pages only redirect, so they stay out of the sitemap.
    integrations: [mdx(), sitemap({ filter: (page) => !/\/(cve|ghsa)\//.test(page) }), ...disclose(extraIntegrations)],
    devToolbar: { enabled: false },
  });
}

export default discloseConfig();
