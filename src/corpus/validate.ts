/**
 * Validates a whole content folder: every file's schema, then every cross-file rule, then the
 * MDX body check. `npm run check` and the build run the same rules and report the same lines.
 */
import { runWorker } from '../platform/worker.ts';
import { readCorpus, type Corpus } from './read.ts';
import { checkAgainstSite, checkAliases, checkAnnouncements, checkFixedReleases, checkIds, checkReleases } from './rules.ts';
import { checkMdx } from './mdx.ts';
import { checkPlaceholders } from './placeholders.ts';
import { checkPeople } from './credit-rules.ts';
import { checkAdvisoryVersions, checkBranchVersions, checkEcosystems } from './version-rules.ts';
import { sortProblems, type Problem } from './problems.ts';
import { locateProblems } from './positions.ts';

export interface Validation {
  corpus: Corpus;
  problems: Problem[];
}

/** A placeholder explains itself; the type errors it also causes in that field would only add noise. */
function withoutPlaceholderNoise(problems: Problem[]): Problem[] {
  const key = (p: Problem) => `${p.file}\0${p.field}`;
  const placeholders = new Set(problems.filter((p) => p.message.startsWith('is still a placeholder')).map(key));
  return problems.filter((p) => p.message.startsWith('is still a placeholder') || !placeholders.has(key(p)));
}

/** Problems in the order they are reported, whichever step found them, each with its line. */
export function report(problems: readonly Problem[]): Problem[] {
  return locateProblems(sortProblems(withoutPlaceholderNoise([...problems])));
}

/** Every rule except the MDX body check, which parses every body and is most of the time. */
export function checkFields({ corpus, problems }: Validation): Validation {
  const found = [...problems];
  checkIds(corpus, found);
  checkAliases(corpus, found);
  checkAgainstSite(corpus, found);
  checkEcosystems(corpus, found);
  checkAdvisoryVersions(corpus, found);
  checkFixedReleases(corpus, found);
  checkReleases(corpus, found);
  checkBranchVersions(corpus, found);
  checkAnnouncements(corpus, found);
  checkPlaceholders(corpus, found);
  checkPeople(corpus, found);
  return { corpus, problems: report(found) };
}

const advisoryFiles = (corpus: Corpus) => corpus.advisoryFacts.map((a) => a.file);

/** The MDX body check: every body parses, and advisory bodies hold no MDX-only syntax. */
export function checkBodies(corpus: Corpus): Problem[] {
  const files = new Set(advisoryFiles(corpus));
  const problems: Problem[] = [];
  checkMdx(corpus.bodies, problems, (e) => files.has(e.file));
  return problems;
}

/** The same check on a worker thread, so a build runs it while Astro loads the content. */
export function checkBodiesInWorker(corpus: Corpus): Promise<Problem[]> {
  const entries = corpus.bodies.map(({ id, file, body, bodyLine }) => ({ id, file, body, bodyLine, data: undefined }));
  return runWorker(new URL('./mdx-worker.ts', import.meta.url), { entries, advisoryFiles: advisoryFiles(corpus) });
}

/** Every rule over a folder, for tests and tools that do not need the build instant. */
export async function validateContent(dir: string, options: { mdx?: boolean } = {}): Promise<Validation> {
  const { corpus, problems } = checkFields(readCorpus(dir));
  return { corpus, problems: options.mdx === false ? problems : report([...problems, ...checkBodies(corpus)]) };
}
