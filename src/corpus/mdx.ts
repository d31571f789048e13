/**
 * Parses each MDX body, so a syntax error is reported by `npm run check` with its file and line
 * instead of surfacing as a stack trace halfway through a build. Advisory bodies are rendered as
 * Markdown (see src/build/loaders/advisories.ts), so MDX-only syntax in them — imports and exports, JSX
 * elements, {expressions} — is reported too: it would otherwise be printed as text.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { Entry } from './read.ts';
import type { Problem } from './problems.ts';

const processor = createProcessor();

const MDX_ONLY: Record<string, string> = {
  mdxjsEsm: 'an import or export',
  mdxJsxFlowElement: 'a JSX element',
  mdxJsxTextElement: 'a JSX element',
  mdxFlowExpression: 'a {…} expression',
  mdxTextExpression: 'a {…} expression',
};

interface Node {
  type: string;
  position?: { start: { line: number; column: number } };
  children?: Node[];
}

function* walk(node: Node): Generator<Node> {
  yield node;
  for (const child of node.children ?? []) yield* walk(child);
}

export function checkMdx(entries: readonly Entry<unknown>[], problems: Problem[], isAdvisory: (e: Entry<unknown>) => boolean): void {
  for (const entry of entries) {
    let tree: Node;
    try {
      tree = processor.parse(entry.body) as Node;
    } catch (error) {
      const e = error as { line?: number; column?: number; reason?: string; message?: string };
      const line = e.line ? entry.bodyLine + e.line - 1 : entry.bodyLine;
      const where = e.line ? ` at line ${line}${e.column ? `, column ${e.column}` : ''}` : '';
      const reason = (e.reason ?? e.message ?? String(error)).split('\n')[0];
      problems.push({
        file: entry.file,
        field: 'body',
        message: `MDX does not compile${where}: ${reason} (fix the markup; put a literal < or { inside backticks)`,
        line,
        column: e.column ?? 1,
      });
      continue;
    }
    if (!isAdvisory(entry)) continue;
    for (const node of walk(tree)) {
      const what = MDX_ONLY[node.type];
      if (!what || !node.position) continue;
      const { line, column } = node.position.start;
      problems.push({
        file: entry.file,
        field: 'body',
        message: `${what} at line ${entry.bodyLine + line - 1}, column ${column} is MDX-only syntax; advisory bodies are Markdown (write it as Markdown, or put a literal < or { inside backticks)`,
        line: entry.bodyLine + line - 1,
        column,
      });
    }
  }
}
