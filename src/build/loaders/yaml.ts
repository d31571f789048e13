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

/** A loader over one YAML file that becomes entries `[id, raw data]`, each checked by the schema. */
function yamlLoader(name: string, file: string, entries: (raw: unknown) => [string, Record<string, unknown>][]): Loader {
  return {
    name,
    load: async ({ store, parseData, generateDigest, watcher }) => {
      watcher?.add(file);
      store.clear();
      for (const [id, raw] of entries(readYaml(file))) {
        const data = await parseData({ id, data: raw, filePath: file });
        store.set({ id, data, digest: generateDigest(raw) });
      }
    },
  };
}

export function siteLoader(dir: string): Loader {
  return yamlLoader('disclose-site', path.join(dir, 'site.yaml'), (raw) => [['site', raw as Record<string, unknown>]]);
}

/** One entry per branch, id = branch; the data module sorts them, so file order need not be kept. */
export function releasesLoader(dir: string): Loader {
  return yamlLoader('disclose-releases', path.join(dir, 'releases.yaml'), (raw) =>
    ((raw ?? []) as Record<string, unknown>[]).map((branch) => [String(branch.branch), branch]),
  );
}
