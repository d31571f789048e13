/**
 * CSAF 2.0 directory-based distribution (section 7.1.13-7.1.18): provider-metadata.json, the
 * TLP:WHITE folder with one folder per year, a .sha256 and .sha512 file beside every document,
 * and index.txt and changes.csv listing every document (changes newest first).
 */
import { createHash } from 'node:crypto';
import { absolute, paths } from '../../domain/urls.ts';
import type { Site } from '../../domain/model.ts';
import { type CsafDocument, csafPublisher, csafYear, toCsaf } from './csaf.ts';
import { type ExportAdvisory, requireOne, requireSome } from './record.ts';

export interface CsafFile {
  advisory: ExportAdvisory;
  year: number;
  /** `2025/acme-sa-2025-001.json`: the path relative to the TLP folder, as index.txt lists it. */
  path: string;
  name: string;
  document: CsafDocument;
  /** The exact bytes served, which the hashes cover. */
  json: string;
  currentRelease: string;
}

export function csafFile(advisory: ExportAdvisory, site: Site): CsafFile {
  const document = toCsaf(advisory, site);
  const year = csafYear(advisory);
  const name = paths.csafDocument(advisory.id, year).split('/').pop()!;
  return {
    advisory,
    year,
    path: `${year}/${name}`,
    name,
    document,
    json: `${JSON.stringify(document, null, 2)}\n`,
    currentRelease: document.document.tracking.current_release_date,
  };
}

export function csafFiles(advisories: readonly ExportAdvisory[], site: Site): CsafFile[] {
  return requireOne(advisories, 'CSAF distribution').map((a) => csafFile(a, site));
}

/** `<hex>  <file name>`, as sha256sum and sha512sum write and check it. */
export function hashFile(json: string, name: string, algorithm: 'sha256' | 'sha512'): string {
  return `${createHash(algorithm).update(json, 'utf8').digest('hex')}  ${name}\n`;
}

const byPath = (a: CsafFile, b: CsafFile) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

export function indexTxt(files: readonly CsafFile[]): string {
  return [...requireOne(files, 'index.txt')].sort(byPath).map((f) => `${f.path}\n`).join('');
}

/** Newest change first; ties by path so the order never depends on the input's. */
export function changesCsv(files: readonly CsafFile[]): string {
  return [...requireOne(files, 'changes.csv')]
    .sort((a, b) => (a.currentRelease > b.currentRelease ? -1 : a.currentRelease < b.currentRelease ? 1 : byPath(a, b)))
    .map((f) => `"${f.path}","${f.currentRelease}"\n`)
    .join('');
}

export function providerMetadata(files: readonly CsafFile[], site: Site) {
  const newest = [...requireSome(files, 'provider-metadata.json')].map((f) => f.currentRelease).sort().pop()!;
  return {
    canonical_url: absolute(site.url, paths.csafProviderMetadata()),
    distributions: [{ directory_url: absolute(site.url, paths.csafFolder()) }],
    // The newest document's release, never the build clock: unchanged content, unchanged file.
    last_updated: newest,
    list_on_CSAF_aggregators: true,
    metadata_version: '2.0',
    mirror_on_CSAF_aggregators: true,
    publisher: csafPublisher(site),
    role: 'csaf_publisher',
  };
}

export interface ListingEntry {
  name: string;
  href: string;
}

/** What each HTML folder listing shows: `/.well-known/csaf/`, `white/` and every `white/<year>/`. */
export function csafListings(files: readonly CsafFile[]): { path: string; entries: ListingEntry[] }[] {
  const years = [...new Set(files.map((f) => f.year))].sort((a, b) => b - a);
  const white = paths.csafFolder();
  return [
    {
      path: '/.well-known/csaf/',
      entries: [
        { name: 'provider-metadata.json', href: paths.csafProviderMetadata() },
        { name: 'white/', href: white },
      ],
    },
    {
      path: white,
      entries: [
        { name: 'index.txt', href: `${white}index.txt` },
        { name: 'changes.csv', href: `${white}changes.csv` },
        ...years.map((y) => ({ name: `${y}/`, href: paths.csafFolder(y) })),
      ],
    },
    ...years.map((y) => ({
      path: paths.csafFolder(y),
      entries: files
        .filter((f) => f.year === y)
        .sort(byPath)
        .flatMap((f) => ['', '.sha256', '.sha512'].map((ext) => ({ name: `${f.name}${ext}`, href: `${paths.csafFolder(y)}${f.name}${ext}` }))),
    })),
  ];
}
