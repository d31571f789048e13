/**
 * `npm run check`: validates the content folder (DISCLOSE_CONTENT, default content/) without
 * building pages. Prints one line per problem and exits 1 if there are any, else 0. It also lists
 * what a build at DISCLOSE_NOW would hold back, and why (drafts and embargoes even when the
 * file still has problems), because that is what an author checks before merging.
 */
import { contentDir, displayPath } from '../src/corpus/content-dir.ts';
import { validateContent } from '../src/corpus/validate.ts';
import { formatProblem } from '../src/corpus/problems.ts';
import { buildInstant } from '../src/corpus/clock.ts';
import { indexReleases } from '../src/domain/releases.ts';
import { describeHold, visibility } from '../src/domain/visibility.ts';
import { isoInstant } from '../src/domain/dates.ts';

const dir = contentDir();
const now = buildInstant();
const { corpus, problems } = await validateContent(dir);
for (const p of problems) console.error(formatProblem(p));

const releases = indexReleases(corpus.branches);
const held = corpus.advisories.flatMap(({ id, file, data }) => {
  const v = visibility(data, releases, now);
  return v.public ? [] : [{ id, file, reason: describeHold(v.reason) }];
});
const valid = new Set<unknown>(corpus.advisories);
for (const a of corpus.advisoryFacts) {
  if (!valid.has(a) && (a.data.status === 'draft' || a.data.status === 'embargoed')) held.push({ id: a.id, file: a.file, reason: a.data.status });
}
held.sort((x, y) => (x.file < y.file ? -1 : 1));
for (const h of held) console.log(`held back at ${isoInstant(now)}: ${h.id} (${h.file}): ${h.reason}`);

const counts = `${corpus.advisories.length} advisories, ${corpus.pages.length} pages, ${corpus.announcements.length} announcements, ${corpus.branches.length} branches`;
if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${displayPath(dir)} (${counts} valid).`);
  process.exit(1);
}
console.log(`${displayPath(dir)}: no problems (${counts}).`);
