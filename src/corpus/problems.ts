/**
 * A content problem, reported the way golang/vulndb's linter reports them:
 * one line, `file: field: what is wrong (found X, want Y) (the fix)`.
 * Validation collects every problem before anyone fails, so authors fix a folder in one pass.
 */
export interface Problem {
  /** Path of the offending file, relative to the working directory. */
  file: string;
  /** Dotted field path such as `affected[0].ranges[1].fixed`; empty for the file as a whole. */
  field: string;
  /** What is wrong, with what was found and wanted, then the fix in parentheses. */
  message: string;
  /**
   * 1-based line in `file` where the field is written (or where it belongs, when it is absent),
   * for annotations on a pull request (annotations.ts); absent when the file does not exist.
   * Validation fills it in (positions.ts) wherever a rule did not.
   */
  line?: number;
  /** 1-based column on that line. */
  column?: number;
}

export function formatProblem(p: Problem): string {
  return p.field ? `${p.file}: ${p.field}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** `['affected', 0, 'ranges', 1, 'fixed']` → `affected[0].ranges[1].fixed`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** Stable order: by file, then in the order the rules found them. */
export function sortProblems(problems: Problem[]): Problem[] {
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => (a.p.file < b.p.file ? -1 : a.p.file > b.p.file ? 1 : a.i - b.i))
    .map(({ p }) => p);
}

/** Short, quoted rendering of a found value for a message. */
export function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}
