/**
 * Warnings: things in the content that look wrong but may be right, such as a date that looks
 * invented or two spellings of one name. They are reported like problems (one line, file,
 * field, what and the fix) but prefixed `warning:`, and they never fail `npm run check` or a
 * build. Each rule adds every warning it finds; WARNING_RULES lists them all.
 */
import type { Corpus } from './read.ts';
import { type Problem, formatProblem, sortProblems } from './problems.ts';
import { inventedReleaseDates } from './release-date-warnings.ts';
import { duplicateCredits } from './credit-rules.ts';
import { reviewNewSite } from './review-warnings.ts';

export type WarningRule = (corpus: Corpus, warnings: Problem[]) => void;

/** Every warning rule, in the order they run. */
export const WARNING_RULES: WarningRule[] = [inventedReleaseDates, duplicateCredits, reviewNewSite];

export function checkWarnings(corpus: Corpus, rules: readonly WarningRule[] = WARNING_RULES): Problem[] {
  const warnings: Problem[] = [];
  for (const rule of rules) rule(corpus, warnings);
  return sortProblems(warnings);
}

export const formatWarning = (w: Problem): string => `warning: ${formatProblem(w)}`;
