/**
 * `npm run check`: validates the content folder (DISCLOSE_CONTENT, default content/) without
 * building pages. Prints one line per problem and exits 1 if there are any, else 0.
 */
import { contentDir, displayPath } from '../src/lib/content-dir.ts';
import { validateContent } from '../src/lib/corpus/validate.ts';
import { formatProblem } from '../src/lib/problems.ts';

const dir = contentDir();
const { corpus, problems } = await validateContent(dir);
for (const p of problems) console.error(formatProblem(p));
const counts = `${corpus.advisories.length} advisories, ${corpus.pages.length} pages, ${corpus.announcements.length} announcements, ${corpus.branches.length} branches`;
if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${displayPath(dir)} (${counts} valid).`);
  process.exit(1);
}
console.log(`${displayPath(dir)}: no problems (${counts}).`);
