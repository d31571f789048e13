/**
 * What every export converter takes: public advisories (already filtered by the visibility rule
 * in the snapshot, src/corpus/snapshot.ts) and the site settings. Plain data, so converters stay free of Astro.
 */
import type { Advisory } from '../../domain/model.ts';
import type { Branch } from '../../domain/model.ts';
import type { Site } from '../../domain/model.ts';
import type { Headline } from '../../domain/severity.ts';

export interface ExportAdvisory {
  id: string;
  data: Advisory;
  headline: Headline;
  /** The body as written (Markdown/MDX source). */
  body: string;
}

export interface ExportSite {
  site: Site;
  branches: readonly Branch[];
  /** The build instant, for the few fields a specification ties to it (security.txt Expires). */
  now: Date;
}

/** Converters refuse to turn nothing into an empty but valid-looking file. */
export function requireSome<T>(list: readonly T[] | undefined, what: string): readonly T[] {
  if (!Array.isArray(list) || list.length === 0) throw new Error(`${what}: nothing to export (want at least one public advisory)`);
  return list;
}

export function requireOne<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`${what}: nothing to export (want a value)`);
  return value;
}

/** The instant a record last changed: its update or withdrawal, whichever is latest, else publication. */
export function lastModified(a: Pick<Advisory, 'published' | 'updated' | 'withdrawn'>): Date {
  return [a.updated, a.withdrawn].reduce<Date>((latest, d) => (d && d > latest ? d : latest), a.published);
}
