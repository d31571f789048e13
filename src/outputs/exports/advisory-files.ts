/**
 * The files that belong to one advisory's machine-readable exports: its OSV record, and its CSAF
 * document with the two checksum files the CSAF distribution rules put beside it. A build writes
 * them all in one pass (src/build/steps/exports.ts) rather than as four Astro routes
 * per advisory: each route costs about a millisecond of overhead, more than making the file.
 */
import { paths } from '../../domain/urls.ts';
import type { Site } from '../../domain/model.ts';
import { csafFile, hashFile } from './csaf-distribution.ts';
import { osvJson, toOsv } from './osv.ts';
import type { ExportAdvisory } from './record.ts';

export interface OutputFile {
  /** The URL path, which is also the path under dist/. */
  path: string;
  body: string;
}

export function advisoryExportFiles(advisory: ExportAdvisory, site: Site): OutputFile[] {
  const csaf = csafFile(advisory, site);
  const document = `${paths.csafFolder(csaf.year)}${csaf.name}`;
  return [
    { path: paths.osv(advisory.id), body: osvJson(toOsv(advisory, site)) },
    { path: document, body: csaf.json },
    { path: `${document}.sha256`, body: hashFile(csaf.json, csaf.name, 'sha256') },
    { path: `${document}.sha512`, body: hashFile(csaf.json, csaf.name, 'sha512') },
  ];
}
