/** Validates a whole content folder: every file's schema, then every cross-file rule. */
import { runWorker } from '../platform/worker.ts';
import { readCorpus, type Corpus } from './read.ts';
import { checkAgainstSite, checkAliases, checkAnnouncements, checkFixedReleases, checkIds, checkReleases } from './rules.ts';
import { checkMdx } from './mdx.ts';
import { checkPlaceholders } from './placeholders.ts';
import { sortProblems, type Problem } from './problems.ts';

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

/** Every rule except the MDX body check, which parses every body and is most of the time. */
function checkFields(dir: string): Validation {
  const { corpus, problems } = readCorpus(dir);
  checkIds(corpus, problems);
  checkAliases(corpus, problems);
  checkAgainstSite(corpus, problems);
  checkFixedReleases(corpus, problems);
  checkReleases(corpus, problems);
  checkAnnouncements(corpus, problems);
  checkPlaceholders(corpus, problems);
  return { corpus, problems };
}

const advisoryFiles = (corpus: Corpus) => corpus.advisoryFacts.map((a) => a.file);

/** The problems of both steps, in the order they are reported. */
function report(problems: Problem[]): Problem[] {
  return sortProblems(withoutPlaceholderNoise(problems));
}

export async function validateContent(dir: string, options: { mdx?: boolean } = {}): Promise<Validation> {
  const { corpus, problems } = checkFields(dir);
  if (options.mdx !== false) {
    const files = new Set(advisoryFiles(corpus));
    checkMdx(corpus.bodies, problems, (e) => files.has(e.file));
  }
  return { corpus, problems: report(problems) };
}

function checkMdxInWorker(corpus: Corpus): Promise<Problem[]> {
  const entries = corpus.bodies.map(({ id, file, body, bodyLine }) => ({ id, file, body, bodyLine, data: undefined }));
  return runWorker(new URL('./mdx-worker.ts', import.meta.url), { entries, advisoryFiles: advisoryFiles(corpus) });
}

export interface StartedValidation extends Validation {
  /** Every problem, the body checks included; resolves when the worker is done. */
  complete: Promise<Problem[]>;
}

/**
 * The same validation for a build: the field rules now, and the MDX body check on a worker
 * thread, so that it runs while Astro loads the content (which needs only valid fields).
 * `problems` holds the field problems; `complete` resolves with all of them.
 */
export function startValidation(dir: string): StartedValidation {
  const { corpus, problems } = checkFields(dir);
  const complete = checkMdxInWorker(corpus).then((bodies) => report([...problems, ...bodies]));
  // Awaited by the caller later; do not let a failure go unhandled meanwhile.
  complete.catch(() => undefined);
  return { corpus, problems: report(problems), complete };
}
