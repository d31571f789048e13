/**
 * Validates the content folder before Astro builds anything, with the same code as
 * `npm run check`. On any problem the build prints one line per problem, removes dist/ so no
 * half-built site is left to deploy, and fails. Otherwise it reports every advisory that the
 * visibility rule holds back at the build instant, and why.
 *
 * The field rules run first, since Astro's content loaders need valid fields. The MDX body
 * check (most of the time) runs on a worker thread while Astro loads the content, and the build
 * waits for it before it bundles or renders anything.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { contentDir, displayPath } from '../corpus/content-dir.ts';
import { startValidation } from '../corpus/validate.ts';
import { type Problem, formatProblem } from '../corpus/problems.ts';
import { buildInstant } from '../corpus/clock.ts';
import { indexReleases } from '../domain/releases.ts';
import { describeHold, visibility } from '../domain/visibility.ts';
import { isoInstant } from '../domain/dates.ts';
import type { BuildState } from './build-state.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export default function validateContentIntegration(state: BuildState): AstroIntegration {
  let bodiesChecked: Promise<Problem[]> | undefined;
  let outDir: URL | undefined;
  const dir = contentDir();

  function fail(problems: Problem[], command: string): never {
    for (const p of problems) console.error(formatProblem(p));
    const summary = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${displayPath(dir)}; nothing was built (fix them, then run npm run check)`;
    if (command !== 'build') throw new ContentError(summary);
    if (outDir) fs.rmSync(fileURLToPath(outDir), { recursive: true, force: true });
    // The lines above are the whole story; a stack trace would only bury them.
    console.error(summary);
    process.exit(1);
  }

  return {
    name: 'disclose:validate-content',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        outDir = config.outDir;
        let now: Date;
        try {
          now = buildInstant();
        } catch (error) {
          if (command !== 'build') throw error;
          console.error((error as Error).message);
          process.exit(1);
        }
        const { corpus, problems, complete } = startValidation(dir);
        // With field problems, stop now, but report the body problems with them.
        if (problems.length > 0 || command !== 'build') {
          const all = await complete;
          if (all.length > 0) fail(all, command);
        }
        bodiesChecked = complete;
        state.corpus = corpus;
        state.now = now;
        const releases = indexReleases(corpus.branches);
        let shown = 0;
        for (const a of corpus.advisories) {
          const v = visibility(a.data, releases, now);
          if (v.public) continue;
          shown++;
          logger.info(`held back: ${a.id} (${a.file}): ${describeHold(v.reason)}`);
        }
        logger.info(
          `${corpus.advisories.length - shown} of ${corpus.advisories.length} advisories public at ${isoInstant(now)} from ${displayPath(dir)}`,
        );
      },
      'astro:build:start': async () => {
        const all = (await bodiesChecked) ?? [];
        if (all.length > 0) fail(all, 'build');
      },
    },
  };
}
