/**
 * `npm run check`: validates the content folder (DISCLOSE_CONTENT, default content/) without
 * building pages. Prints one line per problem and exits 1 if there are any, else 0. It also lists
 * what a build at DISCLOSE_NOW would hold back, and why (drafts and embargoes even when the
 * file still has problems), because that is what an author checks before merging.
 */
import { printProblems, writeStepSummary } from '../src/corpus/annotations.ts';
import { contentDir, displayPath } from '../src/corpus/content-dir.ts';
import { openContent, partition } from '../src/corpus/snapshot.ts';
import { checkBodies, report } from '../src/corpus/validate.ts';
import { indexReleases } from '../src/domain/releases.ts';
import { describeHold } from '../src/domain/visibility.ts';
import { isoInstant } from '../src/domain/dates.ts';

const dir = contentDir();
const { now, corpus, problems: fieldProblems, warnings, snapshot } = openContent(dir);
const problems = report([...fieldProblems, ...checkBodies(corpus)]);
// Under GitHub Actions each is an annotation on its line of the pull request (annotations.ts).
printProblems(problems, 'error');
// Warnings are shown but never change the exit status.
printProblems(warnings, 'warning');

// Without a valid site.yaml there is no snapshot, but what the rule holds back can still be told.
const { held: heldBack } = snapshot ?? partition(corpus.advisories, indexReleases(corpus.branches), now);
const held = heldBack.map(({ entry, reason }) => ({ id: entry.id, file: entry.file, reason: describeHold(reason) }));
const valid = new Set<unknown>(corpus.advisories);
for (const a of corpus.advisoryFacts) {
  if (!valid.has(a) && (a.data.status === 'draft' || a.data.status === 'embargoed')) held.push({ id: a.id, file: a.file, reason: a.data.status });
}
held.sort((x, y) => (x.file < y.file ? -1 : 1));
for (const h of held) console.log(`held back at ${isoInstant(now)}: ${h.id} (${h.file}): ${h.reason}`);
for (const n of snapshot?.announcements.scheduled ?? []) {
  console.log(`held back at ${isoInstant(now)}: announcement ${n.id} (${n.file}): scheduled until ${isoInstant(n.data.published)}`);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
writeStepSummary(`npm run check: ${plural(problems.length, 'problem')} and ${plural(warnings.length, 'warning')} in ${displayPath(dir)}`, problems, warnings);

const counts = `${corpus.advisories.length} advisories, ${corpus.pages.length} pages, ${corpus.announcements.length} announcements, ${corpus.branches.length} branches`;
if (problems.length > 0) {
  console.error(`\n${plural(problems.length, 'problem')} in ${displayPath(dir)} (${counts} valid).`);
  process.exit(1);
}
const warned = warnings.length === 0 ? '' : `; ${plural(warnings.length, 'warning')} to review`;
console.log(`${displayPath(dir)}: no problems (${counts})${warned}.`);
