/**
 * The benchmark's floor: the least work any generator must do for this content. Read every
 * advisory, parse its frontmatter, render its body with a remark/rehype pipeline, and write one
 * HTML file per advisory. Disclose's build time is reported as a ratio to this.
 * Usage: node scripts/bench/floor.ts <content-dir> <out-dir>
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';

const [contentDir, outDir] = process.argv.slice(2);
if (!contentDir || !outDir) throw new Error('usage: floor.ts <content-dir> <out-dir>');

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify);
const files = (fs.readdirSync(path.join(contentDir, 'advisories'), { recursive: true }) as string[]).filter((f) => f.endsWith('.mdx'));
fs.mkdirSync(outDir, { recursive: true });
for (const file of files) {
  const source = fs.readFileSync(path.join(contentDir, 'advisories', file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n/.exec(source)!;
  const data = yaml.load(match[1]!) as { title: string };
  const html = String(await processor.process(source.slice(match[0].length)));
  const id = path.basename(file, '.mdx');
  fs.mkdirSync(path.join(outDir, id), { recursive: true });
  fs.writeFileSync(path.join(outDir, id, 'index.html'), `<!doctype html><title>${data.title}</title><h1>${data.title}</h1>${html}`);
}
console.log(`floor: ${files.length} advisories`);
