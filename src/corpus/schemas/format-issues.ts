/**
 * Turns zod issues into one-line problems in the house style (Starlight's error-map, vulndb's
 * lint): what is wrong, what was found, what is wanted, and the fix. Custom messages from the
 * schemas are already written that way; zod's built-in ones are rewritten here.
 */
import type { z } from 'astro/zod';
import { type Problem, fieldPath, shown } from '../problems.ts';
import { ALLOWED_KEYS_PREFIX } from './strict.ts';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  date: 'a date',
};

/** Closest allowed key, for "did you mean"; only when it is a plausible typo. */
function suggest(key: string, allowed: string[]): string | undefined {
  let best: { key: string; d: number } | undefined;
  for (const candidate of allowed) {
    const d = distance(key.toLowerCase(), candidate.toLowerCase());
    if (!best || d < best.d) best = { key: candidate, d };
  }
  return best && best.d <= Math.max(2, Math.floor(key.length / 3)) ? best.key : undefined;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

// zod's own English messages; anything else was written by a schema and is kept as it is.
const ZOD_DEFAULT = /^(Invalid|Too (big|small)|Unrecognized)/;

function message(issue: Issue): string {
  const input = (issue as { input?: unknown }).input;
  if (!ZOD_DEFAULT.test(issue.message)) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (input === undefined) return 'is required (add it)';
      return `found ${shown(input)}, want ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `found ${shown(input)}, want one of ${issue.values.map(String).join(' | ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `has too few entries, want at least ${String(issue.minimum)} (add one)`;
      return issue.message;
    case 'too_big':
      if (issue.origin === 'array') return `has too many entries, want at most ${String(issue.maximum)}`;
      return issue.message;
    default:
      return issue.message;
  }
}

export function issuesToProblems(file: string, issues: readonly Issue[], prefix: PropertyKey[] = []): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const allowed = issue.message.startsWith(ALLOWED_KEYS_PREFIX)
        ? (JSON.parse(issue.message.slice(ALLOWED_KEYS_PREFIX.length)) as string[])
        : [];
      for (const key of issue.keys) {
        const guess = suggest(key, allowed);
        out.push({
          file,
          field: fieldPath([...path, key]),
          message: guess
            ? `unknown field (did you mean ${guess}? rename it)`
            : `unknown field (remove it; allowed: ${allowed.join(', ')})`,
        });
      }
      continue;
    }
    out.push({ file, field: fieldPath(path), message: message(issue) });
  }
  return out;
}
