/**
 * `npm run check`: validates the content folder (DISCLOSE_CONTENT, default content/) without
 * building pages. Prints one line per problem and exits 1 if there are any, else 0. It also lists
 * what a build at DISCLOSE_NOW would hold back, and why (drafts and embargoes even when the
 * file still has problems), because that is what an author checks before merging.
 */
import { contentDir, displayPath } from '../src/corpus/content-dir.ts';
import { formatProblem } from '../src/corpus/problems.ts';
import { openContent, partition } from '../src/corpus/snapshot.ts';
import { checkBodies, report } from '../src/corpus/validate.ts';
import { formatWarning } from '../src/corpus/warnings.ts';
import { indexReleases } from '../src/domain/releases.ts';
import { describeHold } from '../src/domain/visibility.ts';
import { isoInstant } from '../src/domain/dates.ts';

const dir = contentDir();
const { now, corpus, problems: fieldProblems, warnings, snapshot } = openContent(dir);
const problems = report([...fieldProblems, ...checkBodies(corpus)]);
for (const p of problems) console.error(formatProblem(p));
// Warnings are shown but never change the exit status.
for (const w of warnings) console.error(formatWarning(w));

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

const counts = `${corpus.advisories.length} advisories, ${corpus.pages.length} pages, ${corpus.announcements.length} announcements, ${corpus.branches.length} branches`;
if (problems.length > 0) {
  console.error(`\n${problems.length} problem${problems.length === 1 ? '' : 's'} in ${displayPath(dir)} (${counts} valid).`);
  process.exit(1);
}
const warned = warnings.length === 0 ? '' : `; ${warnings.length} warning${warnings.length === 1 ? '' : 's'} to review`;
console.log(`${displayPath(dir)}: no problems (${counts})${warned}.`);
