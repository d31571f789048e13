/**
 * The second line of defence (DESIGN.md): after every build, scan every file in dist/ for the
 * fingerprints of each advisory that is not public at the build instant. On any hit, print one
 * line per hit, remove dist/ so a deploy step that ignores the exit code has nothing to upload,
 * and fail. Independent of the pages: it re-derives what is held back from the content itself.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { BuildState } from './build-state.ts';
import { type GuardInput, fingerprintsInWorker, formatGuardReport, guard, guardInput } from '../outputs/guard/guard.ts';
import { listFiles } from '../outputs/guard/scan.ts';
import { displayPath } from '../corpus/content-dir.ts';
import { SEARCH_BUNDLE } from './search-index.ts';

const SRC = fileURLToPath(new URL('..', import.meta.url));

/** Template text: what the site's own source prints for every advisory is not distinctive. */
function templateText(): string[] {
  return listFiles(SRC)
    .filter((f) => /\.(astro|ts|tsx|js|mjs|css|md|mdx)$/.test(f))
    .map((f) => fs.readFileSync(f, 'utf8'));
}

export default function embargoGuard(state: BuildState): AstroIntegration {
  let input: GuardInput | undefined;
  let prepared: ReturnType<typeof fingerprintsInWorker> | undefined;
  return {
    name: 'disclose:embargo-guard',
    hooks: {
      // Validation has read the content by now; collect fingerprints while the pages render.
      'astro:build:start': () => {
        if (!state.corpus || !state.now) return;
        input = guardInput(state.corpus, state.now, templateText());
        prepared = fingerprintsInWorker(input);
        // Failures surface when the guard awaits it; do not let them go unhandled meanwhile.
        prepared.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir).replace(/[\/]+$/, '');
        if (!state.corpus || !state.now) throw new Error('the embargo guard ran without the validated content');
        // The export files must all exist before the guard lists the output; the search index
        // is scanned last, once Pagefind has written it.
        await state.exportsWritten;
        const late = state.searchIndexed ? { folder: SEARCH_BUNDLE, ready: state.searchIndexed } : undefined;
        const report = await guard(out, input ?? guardInput(state.corpus, state.now, templateText()), prepared, late);
        const { lines, failed } = formatGuardReport(report, displayPath(out));
        if (!failed) {
          logger.info(lines.join('\n'));
          return;
        }
        fs.rmSync(out, { recursive: true, force: true });
        for (const line of lines) console.error(line);
        process.exit(1);
      },
    },
  };
}
