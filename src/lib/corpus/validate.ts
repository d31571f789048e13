/** Validates a whole content folder: every file's schema, then every cross-file rule. */
import { readCorpus, type Corpus } from './read.ts';
import { checkAgainstSite, checkAliases, checkAnnouncements, checkFixedReleases, checkIds, checkReleases } from './rules.ts';
import { checkMdx } from './mdx.ts';
import { checkPlaceholders } from './placeholders.ts';
import { sortProblems, type Problem } from '../problems.ts';

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

export async function validateContent(dir: string, options: { mdx?: boolean } = {}): Promise<Validation> {
  const { corpus, problems } = readCorpus(dir);
  checkIds(corpus, problems);
  checkAliases(corpus, problems);
  checkAgainstSite(corpus, problems);
  checkFixedReleases(corpus, problems);
  checkReleases(corpus, problems);
  checkAnnouncements(corpus, problems);
  checkPlaceholders(corpus, problems);
  if (options.mdx !== false) {
    const advisoryFiles = new Set(corpus.advisoryFacts.map((a) => a.file));
    checkMdx(corpus.bodies, problems, (e) => advisoryFiles.has(e.file));
  }
  return { corpus, problems: sortProblems(withoutPlaceholderNoise(problems)) };
}
