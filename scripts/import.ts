/**
 * `npm run import -- --osv <file.json|folder|all.json> [--content <folder>]`: imports OSV 1.x
 * records (one file, a folder of them searched recursively, or a JSON array) into a content
 * folder (--content, else DISCLOSE_CONTENT, else content/). Each record becomes one advisory or
 * is skipped whole, with one line naming it and why. Exit 0 when every record was imported (or
 * was already), 2 when some were skipped, 1 on bad input: a file that is not JSON or a value
 * that is not an OSV record, named in one line; then nothing is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, displayPath } from '../src/corpus/content-dir.ts';
import { readCorpus } from '../src/corpus/read.ts';
import { isOsvRecord, mapRecord, type MappedAdvisory, type OsvInput } from '../src/corpus/import/osv-map.ts';
import { applyImport } from '../src/corpus/import/apply.ts';

const USAGE = 'usage: npm run import -- --osv <file.json|folder|all.json> [--content <folder>]';
const fail = (line: string): never => {
  console.error(`npm run import: ${line}`);
  process.exit(1);
};

let values: { osv?: string; content?: string } = {};
try {
  ({ values } = parseArgs({ options: { osv: { type: 'string' }, content: { type: 'string' } } }));
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`);
}
if (!values.osv) fail(`--osv: is required (give an OSV file, a folder of them or a JSON array)\n${USAGE}`);

const input = path.resolve(values.osv!);
if (!fs.existsSync(input)) fail(`${displayPath(input)}: does not exist`);
const files = fs.statSync(input).isDirectory()
  ? fs.readdirSync(input, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith('.json')).map((e) => path.join(e.parentPath, e.name)).sort()
  : [input];
if (files.length === 0) fail(`${displayPath(input)}: holds no .json file`);

/** Every record with where it came from: `file` or `file[3]` for an element of an array. */
const records: { where: string; record: OsvInput }[] = [];
for (const file of files) {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    fail(`${displayPath(file)}: is not readable JSON (${(error as Error).message.split('\n')[0]})`);
  }
  const list = Array.isArray(value) ? value : [value];
  list.forEach((r, i) => {
    const where = Array.isArray(value) ? `${displayPath(file)}[${i}]` : displayPath(file);
    if (!isOsvRecord(r)) fail(`${where}: is not an OSV record (want an object with a string id and modified, as in OSV 1.x)`);
    records.push({ where, record: r });
  });
}

const dir = values.content ? path.resolve(values.content) : contentDir();
const { corpus, problems } = readCorpus(dir);
const site = corpus.site;
if (!site) fail(`${displayPath(path.join(dir, 'site.yaml'))}: is missing or invalid (${problems[0]?.message ?? 'run npm run check'}); run npm run init first`);

let skipped = 0;
const skip = (what: string, reason: string) => {
  skipped++;
  console.log(`skipped ${what}: ${reason}`);
};
const mapped: MappedAdvisory[] = [];
const seen = new Map<string, string>();
for (const { where, record } of records) {
  const label = `${record.id} (${where})`;
  if (seen.has(record.id)) {
    skip(label, `the same id as ${seen.get(record.id)}; give each record once`);
    continue;
  }
  seen.set(record.id, where);
  const result = mapRecord(record);
  if (result.ok) mapped.push(result.advisory);
  else skip(label, result.reason);
}

const report = applyImport(dir, { ...corpus, site: site! }, mapped, (id, reason) => skip(`${id} (${seen.get(id)})`, reason));
for (const line of report.lines) console.log(line);
const unchanged = report.unchanged > 0 ? `, ${report.unchanged} unchanged` : '';
console.log(
  `${records.length} record${records.length === 1 ? '' : 's'}: ${report.imported} imported, ${report.updated} updated${unchanged}, ${skipped} skipped; ${report.written.length === 0 ? 'no file changed' : `${report.written.length} files written`}. Next: DISCLOSE_CONTENT=${displayPath(dir)} npm run check`,
);
process.exit(skipped > 0 ? 2 : 0);
