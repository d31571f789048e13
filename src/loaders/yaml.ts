/**
 * Content-layer loaders for the two YAML files: site.yaml becomes one entry (`site`), and
 * releases.yaml one entry per branch (id = branch). Validation has already run by the time these
 * load (see integrations/validate-content.ts), so they only store what the schemas produce.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Loader } from 'astro/loaders';

function readYaml(file: string): unknown {
  return yaml.load(fs.readFileSync(file, 'utf8'), { filename: file, schema: yaml.CORE_SCHEMA });
}

export function siteLoader(dir: string): Loader {
  const file = path.join(dir, 'site.yaml');
  return {
    name: 'disclose-site',
    load: async ({ store, parseData, generateDigest, watcher }) => {
      watcher?.add(file);
      const raw = readYaml(file) as Record<string, unknown>;
      const data = await parseData({ id: 'site', data: raw, filePath: file });
      store.clear();
      store.set({ id: 'site', data, digest: generateDigest(raw) });
    },
  };
}

export function releasesLoader(dir: string): Loader {
  const file = path.join(dir, 'releases.yaml');
  return {
    name: 'disclose-releases',
    load: async ({ store, parseData, generateDigest, watcher }) => {
      watcher?.add(file);
      const branches = (readYaml(file) ?? []) as Record<string, unknown>[];
      store.clear();
      for (const [order, raw] of branches.entries()) {
        const id = String(raw.branch);
        const data = await parseData({ id, data: raw, filePath: file });
        // Keep the file's order (newest first) without adding a field to the strict schema.
        store.set({ id, data, digest: generateDigest({ order, raw }) });
      }
    },
  };
}
