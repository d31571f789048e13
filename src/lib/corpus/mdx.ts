/**
 * Compiles each MDX body, so a syntax error is reported by `npm run check` with its file and line
 * instead of surfacing as a stack trace halfway through a build.
 */
import { compile } from '@mdx-js/mdx';
import type { Entry } from './read.ts';
import type { Problem } from '../problems.ts';

export async function checkMdx(entries: readonly Entry<unknown>[], problems: Problem[]): Promise<void> {
  for (const entry of entries) {
    try {
      await compile(entry.body);
    } catch (error) {
      const e = error as { line?: number; column?: number; reason?: string; message?: string };
      const where = e.line ? ` at line ${entry.bodyLine + e.line - 1}${e.column ? `, column ${e.column}` : ''}` : '';
      const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0];
      problems.push({
        file: entry.file,
        field: 'body',
        message: `MDX does not compile${where}: ${reason} (fix the markup; put a literal < or { inside backticks)`,
      });
    }
  }
}
