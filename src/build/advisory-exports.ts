/**
 * Writes every public advisory's OSV record and CSAF document (with its checksums) in one pass
 * over the validated content, on a worker thread that starts when Astro starts bundling, once it
 * has emptied the output folder. The pages render meanwhile on the main thread. The listings that
 * name these files (/osv/all.json, the CSAF index, changes.csv and folder pages) stay Astro
 * routes; they read the same public set, since both sides go through publicAdvisories() in
 * lib/visibility.ts. The embargo guard waits for the worker (state.exportsWritten) before it
 * scans.
 */
import { fileURLToPath } from 'node:url';
import { runWorker } from '../platform/worker.ts';
import type { AstroIntegration } from 'astro';
import type { BuildState } from './build-state.ts';
import type { ExportJob } from '../outputs/exports/export-worker.ts';

export default function advisoryExports(state: BuildState): AstroIntegration {
  let outDir: URL | undefined;
  let summary = '';
  return {
    name: 'disclose:advisory-exports',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
      },
      // Called once per Vite environment; the first call comes after the output folder is emptied.
      'astro:build:setup': () => {
        if (state.exportsWritten) return;
        const { corpus, now } = state;
        if (!corpus?.site || !now || !outDir) throw new Error('advisory exports: the build ran without the validated content');
        const started = performance.now();
        const job: ExportJob = { out: fileURLToPath(outDir), advisories: corpus.advisories, branches: corpus.branches, site: corpus.site, now };
        state.exportsWritten = runWorker<{ files: number; advisories: number }>(new URL('../outputs/exports/export-worker.ts', import.meta.url), job).then(({ files, advisories }) => {
          summary = `${files} export files for ${advisories} advisories in ${((performance.now() - started) / 1000).toFixed(2)} s on a worker thread`;
        });
        // A failure surfaces when build:done awaits this; do not let it go unhandled meanwhile.
        state.exportsWritten.catch(() => undefined);
      },
      // Logged here rather than when the worker finishes, which is mid-way through Astro's route list.
      'astro:build:done': async ({ logger }) => {
        await state.exportsWritten;
        logger.info(summary);
      },
    },
  };
}
