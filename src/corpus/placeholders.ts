/**
 * Placeholders: `npm run new` fills what it cannot know with text that starts with `TODO:`, and
 * `npm run check` reports each one until an author replaces it, so a scaffold cannot be merged
 * by accident.
 */
import type { Corpus } from './read.ts';
import type { Problem } from './problems.ts';
import { fieldPath } from './problems.ts';

export const PLACEHOLDER = 'TODO:';

export const placeholder = (what: string) => `${PLACEHOLDER} ${what}`;

function walk(value: unknown, path: PropertyKey[], found: { path: PropertyKey[]; text: string }[]): void {
  if (typeof value === 'string' && value.trimStart().startsWith(PLACEHOLDER)) found.push({ path, text: value.trim() });
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], found));
  else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) walk(v, [...path, k], found);
  }
}

export function checkPlaceholders(corpus: Corpus, problems: Problem[]): void {
  for (const entry of corpus.bodies) {
    const found: { path: PropertyKey[]; text: string }[] = [];
    walk(entry.data, [], found);
    for (const f of found) {
      problems.push({ file: entry.file, field: fieldPath(f.path), message: `is still a placeholder, "${f.text}" (replace it)` });
    }
    entry.body.split('\n').forEach((line, i) => {
      if (line.trimStart().startsWith(PLACEHOLDER)) {
        problems.push({
          file: entry.file,
          field: 'body',
          message: `line ${entry.bodyLine + i} is still a placeholder, "${line.trim()}" (write that part)`,
          line: entry.bodyLine + i,
          column: line.length - line.trimStart().length + 1,
        });
      }
    });
  }
}
