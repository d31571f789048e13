/** Validates a whole content folder: every file's schema, then every cross-file rule. */
import { readCorpus, type Corpus } from './read.ts';
import { checkAgainstSite, checkAliases, checkAnnouncements, checkFixedReleases, checkIds, checkReleases } from './rules.ts';
import { checkMdx } from './mdx.ts';
import { sortProblems, type Problem } from '../problems.ts';

export interface Validation {
  corpus: Corpus;
  problems: Problem[];
}

export async function validateContent(dir: string, options: { mdx?: boolean } = {}): Promise<Validation> {
  const { corpus, problems } = readCorpus(dir);
  checkIds(corpus, problems);
  checkAliases(corpus, problems);
  checkAgainstSite(corpus, problems);
  checkFixedReleases(corpus, problems);
  checkReleases(corpus, problems);
  checkAnnouncements(corpus, problems);
  if (options.mdx !== false) {
    await checkMdx(corpus.bodies, problems);
  }
  return { corpus, problems: sortProblems(problems) };
}
