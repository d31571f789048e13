/**
 * Writes the per-advisory export files off the main thread, while Astro bundles and renders the
 * pages (see src/integrations/advisory-exports.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { Entry } from '../../corpus/read.ts';
import type { Advisory } from '../../domain/model.ts';
import type { Branch } from '../../domain/model.ts';
import type { Site } from '../../domain/model.ts';
import { indexReleases } from '../../domain/releases.ts';
import { publicAdvisories } from '../../domain/visibility.ts';
import { advisoryExportFiles } from './advisory-files.ts';

export interface ExportJob {
  out: string;
  advisories: Entry<Advisory>[];
  branches: Branch[];
  site: Site;
  now: Date;
}

const { out, advisories, branches, site, now } = workerData as ExportJob;
const published = publicAdvisories(advisories, indexReleases(branches), now);
const folders = new Set<string>();
let files = 0;
for (const advisory of published) {
  for (const file of advisoryExportFiles(advisory, site)) {
    const target = path.join(out, decodeURIComponent(file.path));
    const folder = path.dirname(target);
    if (!folders.has(folder)) fs.mkdirSync(folder, { recursive: true });
    folders.add(folder);
    fs.writeFileSync(target, file.body);
    files++;
  }
}
parentPort!.postMessage({ files, advisories: published.length });
