/** The version check's data for the default Mautic content at an instant, as /api/affected.json gives it. */
import path from 'node:path';
import { readCorpus } from '../../src/corpus/read.ts';
import { indexReleases } from '../../src/domain/releases.ts';
import { headline } from '../../src/domain/severity.ts';
import { isPublic, isWithdrawnAt } from '../../src/domain/visibility.ts';
import { toCheckData } from '../../src/outputs/exports/affected-data.ts';
import { checkVersion, type CheckData } from '../../src/domain/version-check.ts';

export const { corpus, problems } = readCorpus(path.resolve(import.meta.dirname, '../../content'));

/** The public advisories at `now`, shaped as siteData() gives them to the pages. */
export function publicAt(now: Date) {
  const releases = indexReleases(corpus.branches);
  return corpus.advisories
    .filter((e) => isPublic(e.data, releases, now))
    .sort((a, b) => b.data.published.getTime() - a.data.published.getTime())
    .map((e) => ({ id: e.id, withdrawn: isWithdrawnAt(e.data, now), headline: headline(e.data), data: e.data }));
}

export function dataAt(iso: string): CheckData {
  const now = new Date(iso);
  return toCheckData({ now, site: { ...corpus.site!, extended_support_url: 'https://example.test/elts' }, branches: corpus.branches, advisories: publicAt(now) });
}

/** The answer for a version that must parse as one. */
export function resultFor(input: string, data: CheckData) {
  const r = checkVersion(input, data);
  if (r.kind !== 'version') throw new Error(`${input}: ${r.message}`);
  return r;
}
