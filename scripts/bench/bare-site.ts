/**
 * The benchmark's baseline: a bare Astro 7 + MDX site over the same content folder, with one page
 * per advisory and an index and nothing else, built with Astro's defaults. Disclose's budget is
 * half its cold build time. The project is written under .bench/ inside this repository so that
 * it resolves astro and @astrojs/mdx from the same node_modules.
 */
import fs from 'node:fs';
import path from 'node:path';

export function writeBareSite(root: string, advisoriesDir: string): void {
  const files: Record<string, string> = {
    'astro.config.mjs': `import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n`,
    'src/content.config.ts': [
      "import { defineCollection } from 'astro:content';",
      "import { glob } from 'astro/loaders';",
      "import { z } from 'astro/zod';",
      `const base = ${JSON.stringify(advisoriesDir)};`,
      'export const collections = {',
      "  advisories: defineCollection({ loader: glob({ base, pattern: '**/*.mdx' }), schema: z.object({ title: z.string() }).passthrough() }),",
      '};',
      '',
    ].join('\n'),
    'src/pages/index.astro': [
      '---',
      "import { getCollection } from 'astro:content';",
      "const all = await getCollection('advisories');",
      '---',
      '<html lang="en"><head><title>Advisories</title></head><body><ul>{all.map((a) => <li><a href={`/advisories/${a.id}/`}>{a.data.title}</a></li>)}</ul></body></html>',
      '',
    ].join('\n'),
    'src/pages/advisories/[...id].astro': [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('advisories')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
      '}',
      'const { entry } = Astro.props;',
      'const { Content } = await render(entry);',
      '---',
      '<html lang="en"><head><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>',
      '',
    ].join('\n'),
  };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
}
