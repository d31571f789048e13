/**
 * `npm run new -- --title "…" [--component core] [--package mautic/core]`: scaffolds the next
 * advisory of the current year as a draft. Everything it cannot know is a `TODO:` placeholder
 * that `npm run check` reports until replaced. It never overwrites a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, displayPath } from '../src/corpus/content-dir.ts';
import { openContent } from '../src/corpus/snapshot.ts';
import { placeholder } from '../src/corpus/placeholders.ts';
import { isoInstant } from '../src/domain/dates.ts';
import { scaffold } from '../src/corpus/scaffold.ts';

const { values } = parseArgs({
  options: {
    title: { type: 'string' },
    component: { type: 'string', multiple: true, default: [] },
    package: { type: 'string', multiple: true, default: [] },
  },
});
if (!values.title) {
  console.error('usage: npm run new -- --title "Stored XSS in the email builder" [--component core] [--package mautic/core]');
  process.exit(2);
}

const dir = contentDir();
const { now, corpus } = openContent(dir);
const site = corpus.site;
if (!site) {
  console.error(`${displayPath(path.join(dir, 'site.yaml'))} is missing or invalid; run npm run check`);
  process.exit(1);
}
const year = now.getUTCFullYear();
const taken = corpus.bodies.map((b) => b.id);
const { id, text } = scaffold({
  prefix: site.id_prefix,
  year,
  taken,
  title: values.title,
  published: isoInstant(now),
  components: values.component,
  packages: values.package.length > 0 ? values.package : [site.packages[0]!.name],
  placeholder,
});
const file = path.join(dir, 'advisories', String(year), `${id}.mdx`);
if (fs.existsSync(file)) {
  console.error(`${displayPath(file)} already exists; not overwriting it`);
  process.exit(1);
}
fs.mkdirSync(path.dirname(file), { recursive: true });
fs.writeFileSync(file, text, { flag: 'wx' });
console.log(`created ${displayPath(file)} (status: draft). Replace every TODO, then run npm run check.`);
