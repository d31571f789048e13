/**
 * What the search index holds about an advisory besides its text (README, "Search"): Pagefind
 * metadata, which every Pagefind client gets with each result and which Pagefind also searches.
 * So the index itself answers "xss" with every cross-site-scripting advisory, whatever words
 * its text uses, and "CVE-2024-47050" with its advisory, while excerpts come from the advisory's
 * own text only (the page marks everything else `data-pagefind-ignore`).
 */
import { cweSearchTerms } from '../../domain/cwe.ts';
import { isoDate } from '../../domain/dates.ts';
import { formatHeadline, type Headline } from '../../domain/severity.ts';
import { type OrderingOf, fixedVersionsOf } from '../../domain/affected-groups.ts';
import type { Advisory } from '../../domain/model.ts';

export interface SearchSource {
  id: string;
  headline: Headline;
  data: Pick<Advisory, 'published' | 'cve' | 'ghsa' | 'aliases' | 'cwe' | 'affected' | 'status'>;
  /** Credited names as shown (canonical names). */
  credited: readonly string[];
}

/** Metadata keys and values, in the order the page writes them; empty values are left out. */
export function searchMeta(a: SearchSource, orderingOf?: OrderingOf): [string, string][] {
  const weakness = [...new Set(a.data.cwe.flatMap(cweSearchTerms))];
  const entries: [string, string][] = [
    ['id', a.id],
    ['severity', formatHeadline(a.headline)],
    ['published', isoDate(a.data.published)],
    ['status', a.data.status === 'withdrawn' ? 'withdrawn' : ''],
    ['aliases', [...a.data.cve, ...a.data.ghsa, ...a.data.aliases].join(' ')],
    ['weakness', weakness.join('; ')],
    ['packages', a.data.affected.map((p) => p.package).join(' ')],
    ['fixed', fixedVersionsOf(a.data.affected, orderingOf).join(' ')],
    ['credits', a.credited.join('; ')],
  ];
  return entries.filter(([, v]) => v !== '');
}

/** One `data-pagefind-meta` value: inline metadata runs to the end of the attribute, so one key an element. */
export const metaAttribute = ([key, value]: [string, string]) => `${key}:${value}`;
