/**
 * Writes the per-advisory export files (OSV record, CSAF document and its checksums) for every
 * public advisory of the snapshot, off the main thread while Astro renders the pages (see
 * src/build/steps/exports.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { Snapshot } from '../../corpus/snapshot.ts';
import { advisoryExportFiles } from './advisory-files.ts';

export interface ExportJob {
  out: string;
  snapshot: Snapshot;
}

export interface ExportSummary {
  files: number;
  advisories: number;
}

const { out, snapshot } = workerData as ExportJob;
const folders = new Set<string>();
let files = 0;
for (const advisory of snapshot.public) {
  for (const file of advisoryExportFiles(advisory, snapshot.site)) {
    const target = path.join(out, decodeURIComponent(file.path));
    const folder = path.dirname(target);
    if (!folders.has(folder)) fs.mkdirSync(folder, { recursive: true });
    folders.add(folder);
    fs.writeFileSync(target, file.body);
    files++;
  }
}
parentPort!.postMessage({ files, advisories: snapshot.public.length } satisfies ExportSummary);
