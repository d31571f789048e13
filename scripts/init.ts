/**
 * `npm run init -- --dir <folder> --name "<site name>" --project "<project>" --prefix <ID-PREFIX>
 *   --url <https://origin> --contact <mailto:…|https://…> --package <name>:<ecosystem> [--package …]`
 *
 * Writes a new content folder that passes `npm run check` and builds as it is: site.yaml, a
 * releases.yaml with no branches, a security policy page and a risk-levels page written from the
 * settings, and no advisories. It refuses a folder that exists and is not empty. Exit 0 when
 * written, 1 on a bad flag (one line each, naming the flag) or a non-empty folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { displayPath } from '../src/corpus/content-dir.ts';
import { initFiles, initSettings } from '../src/corpus/init-site.ts';

const USAGE =
  'usage: npm run init -- --dir <folder> --name "<site name>" --project "<project>" --prefix <ID-PREFIX> --url <https://origin> --contact <mailto:…|https://…> --package <name>:<ecosystem> [--package …]';

function fail(lines: string[]): never {
  for (const line of lines) console.error(`npm run init: ${line}`);
  console.error(USAGE);
  process.exit(1);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      dir: { type: 'string' },
      name: { type: 'string' },
      project: { type: 'string' },
      prefix: { type: 'string' },
      url: { type: 'string' },
      contact: { type: 'string' },
      package: { type: 'string', multiple: true, default: [] },
    },
  }));
} catch (error) {
  fail([(error as Error).message]);
}

const problems: string[] = [];
if (!values.dir?.trim()) problems.push('--dir: is required (give the folder to create, e.g. --dir ../security-content)');
const { site, problems: settings } = initSettings({ ...values, packages: values.package });
problems.push(...settings);
const dir = path.resolve(values.dir ?? '.');
if (values.dir?.trim() && fs.existsSync(dir) && (!fs.statSync(dir).isDirectory() || fs.readdirSync(dir).length > 0)) {
  problems.push(`--dir: ${displayPath(dir)} is not empty (give a new or empty folder; init never overwrites content)`);
}
if (problems.length > 0 || !site) fail(problems);

const files = initFiles(site);
for (const [name, text] of Object.entries(files)) {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text, { flag: 'wx' });
}
console.log(`created ${displayPath(dir)}: ${Object.keys(files).join(', ')}`);
console.log(`next: review the pages, then DISCLOSE_CONTENT=${displayPath(dir)} npm run check, and npm run import -- --osv <records> --content ${displayPath(dir)}`);
