/**
 * The build pipeline (ARCHITECTURE.md): the one place that owns Disclose's build steps and their
 * order, hooked into Astro's build.
 *
 *   setup        read and check the content, take the snapshot (the clock is read here, once),
 *                hand it to the page bundle, start the background tasks (background.ts)
 *   build:start  wait for the MDX body check: nothing is bundled from content with problems
 *   build:setup  start writing the export files, once Astro has emptied the output folder
 *   (Astro renders the pages; each reaches the search index as it is rendered)
 *   build:done   finish the search index; then any extra steps; then the embargo guard
 *
 * It fails closed: content problems, a failed task, a leak, or any other failure of the build
 * remove the output folder and exit non-zero with one line saying why, so a deploy step that
 * ignores the exit code has nothing to upload. Only a build whose guard passed keeps it.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { type Clock, systemClock } from '../corpus/clock.ts';
import { contentDir, displayPath } from '../corpus/content-dir.ts';
import { inGitHubActions, printProblems, writeStepSummary } from '../corpus/annotations.ts';
import type { Problem } from '../corpus/problems.ts';
import { type Snapshot, openContent } from '../corpus/snapshot.ts';
import { checkBodiesInWorker, report } from '../corpus/validate.ts';
import { formatWarning } from '../corpus/warnings.ts';
import { isoInstant } from '../domain/dates.ts';
import { describeHold } from '../domain/visibility.ts';
import { fingerprintsInWorker, guardInput } from '../outputs/guard/guard.ts';
import { templateText } from '../outputs/guard/templates.ts';
import { backgroundTasks, running } from './background.ts';
import { type BuildRun, ContentError, awaitTask, failClosed, removeUnguarded } from './run.ts';
import { snapshotFile } from './snapshot-module.ts';
import { collectBodies } from './body-channel.ts';
import { startExports } from './steps/exports.ts';
import { startSearchIndex } from './steps/search-index.ts';
import { runGuardStep } from './steps/guard.ts';

export interface PipelineOptions {
  /** Steps that run after the background steps start and before the guard (the leak tests plant files this way). */
  extra?: AstroIntegration[];
  /** Where the build instant comes from when DISCLOSE_NOW is unset; read once per build. */
  clock?: Clock;
}

/** One line per problem (under GitHub Actions, an annotation on its line; annotations.ts), then why the build stops. */
function reportProblems(problems: readonly Problem[], dir: string): string {
  const counted = `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${displayPath(dir)}`;
  printProblems(problems, 'error');
  writeStepSummary(`npm run build: ${counted}`, problems);
  return `${counted}; nothing was built (fix them, then run npm run check)`;
}

/** Warnings through Astro's logger locally; under GitHub Actions as annotations, which must start their line. */
function reportWarnings(warnings: readonly Problem[], logger: AstroIntegrationLogger): void {
  if (inGitHubActions()) printProblems(warnings, 'warning');
  else for (const w of warnings) logger.warn(formatWarning(w));
}

function logHeld(snapshot: Snapshot, logger: AstroIntegrationLogger): void {
  for (const { entry, reason } of snapshot.held) logger.info(`held back: ${entry.id} (${entry.file}): ${describeHold(reason)}`);
  for (const n of snapshot.announcements.scheduled) logger.info(`held back: announcement ${n.id} (${n.file}): scheduled until ${isoInstant(n.data.published)}`);
  logger.info(`${snapshot.public.length} of ${snapshot.advisories.length} advisories public at ${isoInstant(snapshot.now)} from ${displayPath(snapshot.dir)}`);
}

export default function disclose(options: PipelineOptions = {}): AstroIntegration[] {
  const dir = contentDir();
  const clock = options.clock ?? systemClock;
  // In astro dev a changed content file gives a new snapshot (and a new instant) for the next page.
  const file = snapshotFile({
    dir,
    retake: () => {
      const { problems, snapshot } = openContent(dir, { clock });
      printProblems(problems, 'error');
      return problems.length === 0 ? snapshot : undefined;
    },
  });
  let current: BuildRun | undefined;
  const run = (): BuildRun => {
    if (!current) throw new Error('a Disclose build step ran before setup');
    return current;
  };

  const pipeline: AstroIntegration = {
    name: 'disclose',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        // A build bundles every dependency itself; Vite's dependency pre-bundling only speeds up
        // `astro dev`, and in a build it re-runs whenever the root or cache folder is new.
        updateConfig({ vite: { plugins: [file.plugin], ...(command === 'build' ? { optimizeDeps: { noDiscovery: true, include: [] } } : {}) } });
        if (command !== 'build' && command !== 'dev') return;
        const out = fileURLToPath(config.outDir).replace(/[\\/]+$/, '');
        if (command === 'build') {
          process.once('exit', () => {
            file.remove();
            if (!current?.passed) removeUnguarded(out);
          });
          // Nothing left to run but the guard has not passed: a step waited for something that
          // will never answer (a worker or Pagefind's process that died). Say which.
          process.once('beforeExit', () => {
            const waiting = current ? running(current.tasks) : [];
            if (!current?.passed && waiting.length > 0) removeUnguarded(out, `the build stopped while ${waiting.join(' and ')} had not finished`);
          });
        }
        let opened;
        try {
          opened = openContent(dir, { clock });
        } catch (error) {
          if (command !== 'build') throw error;
          failClosed(out, (error as Error).message);
        }
        const { problems, warnings, snapshot, corpus } = opened;
        reportWarnings(warnings, logger);
        if (problems.length > 0 || !snapshot) {
          if (command !== 'build') throw new ContentError(reportProblems(problems, dir));
          // Body problems are reported with the field problems, so one run shows them all.
          return checkBodiesInWorker(corpus).then((bodies) => failClosed(out, reportProblems(report([...problems, ...bodies]), dir)));
        }
        file.write(snapshot);
        if (command !== 'build') return;
        logHeld(snapshot, logger);
        const tasks = backgroundTasks();
        tasks.bodyCheck.start(() => checkBodiesInWorker(corpus));
        current = { snapshot, out, tasks, bodies: collectBodies(), templates: templateText(), search: startSearchIndex(), passed: false };
      },
      'astro:build:start': async () => {
        const r = run();
        // The content layer has rendered every advisory body by now: the guard reads those.
        r.bodies.stop();
        r.tasks.fingerprints.start(() => fingerprintsInWorker(guardInput(r.snapshot, r.templates, r.bodies.bodies)));
        const bodies = await awaitTask(r, r.tasks.bodyCheck);
        if (bodies.length > 0) failClosed(r.out, reportProblems(report(bodies), dir));
      },
      // Called once per Vite environment; the first call comes after the output folder is emptied.
      'astro:build:setup': () => {
        const r = run();
        r.tasks.exports.start(() => startExports(r.out, r.snapshot));
      },
      'astro:build:done': () => {
        const r = run();
        r.tasks.searchIndex.start(() => r.search.finish(r.out));
      },
    },
  };

  const guard: AstroIntegration = {
    name: 'disclose:embargo-guard',
    hooks: {
      'astro:build:done': ({ logger }) => runGuardStep(run(), logger),
    },
  };

  return [pipeline, ...(options.extra ?? []), guard];
}
