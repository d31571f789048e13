/**
 * The per-advisory export files — each public advisory's OSV record and CSAF document with its
 * checksums — written in one pass on a worker thread while the pages render. As Astro routes
 * they cost about a millisecond each, most of the rendering time. The listings that name these
 * files (/osv/all.json, the CSAF index, changes.csv) stay Astro routes; both read the same
 * snapshot, so they name exactly the files written here.
 */
import type { Snapshot } from '../../corpus/snapshot.ts';
import type { ExportJob, ExportSummary } from '../../outputs/exports/export-worker.ts';
import { runWorker } from '../../platform/worker.ts';

/** The worker's summary, with how long it took. */
export type ExportsWritten = ExportSummary & { seconds: number };

export async function startExports(out: string, snapshot: Snapshot): Promise<ExportsWritten> {
  const started = performance.now();
  const job: ExportJob = { out, snapshot };
  const summary = await runWorker<ExportSummary>(new URL('../../outputs/exports/export-worker.ts', import.meta.url), job);
  return { ...summary, seconds: (performance.now() - started) / 1000 };
}
