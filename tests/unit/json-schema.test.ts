// The editor schemas: generated from the zod schemas, committed, current, and true to the content.
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../scripts/json-schema.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const schemas = jsonSchemas();
const ajv = new Ajv2020({ strict: false, allErrors: true });
const validator = (name: string) => ajv.compile(JSON.parse(schemas[name]!));
const frontmatter = (file: string) => yaml.load(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(file, 'utf8'))![1]!, { schema: yaml.CORE_SCHEMA });

describe('JSON Schemas for editors', () => {
  it.each(Object.keys(schemas))('public/schemas/%s is committed and current (npm run json-schema)', (name) => {
    expect(fs.readFileSync(path.join(ROOT, 'public/schemas', name), 'utf8')).toBe(schemas[name]);
  });

  it('accept every advisory, site.yaml, releases.yaml and credits.yaml of the default content', () => {
    const advisory = validator('advisory.schema.json');
    const dir = path.join(ROOT, 'content/advisories');
    const files = (fs.readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx'));
    expect(files).toHaveLength(59);
    for (const f of files) expect(advisory(frontmatter(path.join(dir, f))), `${f}: ${ajv.errorsText(advisory.errors)}`).toBe(true);
    const site = validator('site.schema.json');
    expect(site(yaml.load(fs.readFileSync(path.join(ROOT, 'content/site.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA }))).toBe(true);
    const releases = validator('releases.schema.json');
    expect(releases(yaml.load(fs.readFileSync(path.join(ROOT, 'content/releases.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA }))).toBe(true);
    const credits = validator('credits.schema.json');
    expect(credits(yaml.load(fs.readFileSync(path.join(ROOT, 'content/credits.yaml'), 'utf8'), { schema: yaml.CORE_SCHEMA }))).toBe(true);
    expect(credits([{ name: 'A', alias: ['b'] }])).toBe(false);
  });

  it('flag what an editor should flag', () => {
    const advisory = validator('advisory.schema.json');
    expect(advisory({ title: 'x', summary: 'y', status: 'live', published: '2025-06-01', affected: [{ package: 'a', ranges: [{ introduced: '0' }] }] })).toBe(false);
    expect(ajv.errorsText(advisory.errors)).toContain('must be equal to one of the allowed values');
    expect(advisory({ title: 'x', summary: 'y', status: 'draft', published: '2025-06-01', colour: 'red', affected: [] })).toBe(false);
  });
});
