/**
 * `npm run guard [-- <folder>]`: the embargo guard on its own, over a site that is already built
 * (default dist/), for deploy pipelines that build in one step and publish in another. It takes
 * the same snapshot a build would at DISCLOSE_NOW from DISCLOSE_CONTENT, prints one line per
 * leak, and on any leak removes the folder and exits 1, exactly as the build's own guard does.
 */
import fs from 'node:fs';
import path from 'node:path';
import { contentDir, displayPath } from '../src/corpus/content-dir.ts';
import { printProblems } from '../src/corpus/annotations.ts';
import { openContent } from '../src/corpus/snapshot.ts';
import { formatGuardReport, guard, guardInput } from '../src/outputs/guard/guard.ts';
import { templateText } from '../src/outputs/guard/templates.ts';
import { failClosed } from '../src/build/run.ts';

const out = path.resolve(process.argv[2] ?? 'dist');
if (!fs.existsSync(out)) {
  console.error(`guard: ${displayPath(out)} does not exist (build the site first, or name the folder: npm run guard -- <folder>)`);
  process.exit(2);
}
const { problems, snapshot } = openContent(contentDir());
if (problems.length > 0 || !snapshot) {
  printProblems(problems, 'error');
  failClosed(out, 'guard: the content has problems, so what is public cannot be told (fix them: npm run check)');
}
const report = await guard(out, guardInput(snapshot, templateText()));
const { lines, failed } = formatGuardReport(report, displayPath(out));
if (failed) {
  for (const line of lines.slice(0, -1)) console.error(line);
  failClosed(out, lines.at(-1)!);
}
console.log(lines.join('\n'));
