/**
 * `npm run json-schema [-- --check]`: writes JSON Schemas for editors, generated from the zod
 * schemas (never written by hand): advisory frontmatter, site.yaml, releases.yaml and credits.yaml, into
 * public/schemas/ (so the site serves them too). With --check it only compares and exits 1 if a
 * committed schema is out of date; CI runs that through the test suite.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { advisorySchema } from '../src/corpus/schemas/advisory.ts';
import { siteSchema } from '../src/corpus/schemas/site.ts';
import { branchSchema } from '../src/corpus/schemas/releases.ts';
import { personSchema } from '../src/corpus/schemas/people.ts';

const OUT = path.resolve(import.meta.dirname, '../public/schemas');

export function jsonSchemas(): Record<string, string> {
  const generate = (schema: z.ZodType, title: string, description: string) =>
    `${JSON.stringify({ title, description, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) }, null, 2)}\n`;
  return {
    'advisory.schema.json': generate(advisorySchema, 'Disclose advisory frontmatter', 'The YAML frontmatter of content/advisories/**/<ID>.mdx (content format v1).'),
    'site.schema.json': generate(siteSchema, 'Disclose site.yaml', 'Site settings of a Disclose content folder (content format v1).'),
    'releases.schema.json': generate(z.array(branchSchema), 'Disclose releases.yaml', 'Release branches, newest first (content format v1).'),
    'credits.schema.json': generate(z.array(personSchema), 'Disclose credits.yaml', 'One name per credited person, with the other spellings advisories use (content format v1).'),
  };
}

if (import.meta.main) {
  const check = process.argv.includes('--check');
  let stale = 0;
  for (const [name, text] of Object.entries(jsonSchemas())) {
    const file = path.join(OUT, name);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (current === text) continue;
    if (check) {
      console.error(`public/schemas/${name} is out of date (run npm run json-schema and commit it)`);
      stale++;
    } else {
      fs.mkdirSync(OUT, { recursive: true });
      fs.writeFileSync(file, text);
      console.log(`wrote public/schemas/${name}`);
    }
  }
  process.exit(stale > 0 ? 1 : 0);
}
