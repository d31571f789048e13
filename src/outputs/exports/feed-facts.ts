/**
 * What a feed subscriber needs before opening the page: severity, identifiers, the affected
 * packages and ranges, and the versions that fix them. Stated in each item's HTML (which every
 * reader shows) and, for JSON Feed, as the structured `_disclose` extension (README, "Feeds").
 */
import { cweName } from '../../domain/cwe.ts';
import { formatHeadline, type Headline } from '../../domain/severity.ts';
import { type OrderingOf, describeRange, fixedVersionsOf, groupAffected, listInWords } from '../../domain/affected-groups.ts';
import type { Advisory } from '../../domain/model.ts';
import { external } from '../../domain/urls.ts';
import { escapeHtml } from './text.ts';

export interface FeedFacts {
  severity: { label: string; score?: string; vector?: string; text: string };
  cve: string[];
  ghsa: string[];
  cwe: { id: string; name?: string }[];
  affected: { packages: string[]; ranges: { introduced: string; fixed?: string; last_affected?: string }[]; versions: string[] }[];
  /** Every version that fixes a range, lowest first. */
  fixed: string[];
  withdrawn?: string;
}

export function feedFacts(data: Advisory, headline: Headline, orderingOf?: OrderingOf): FeedFacts {
  return {
    severity: {
      label: headline.label,
      ...(headline.score ? { score: headline.score } : {}),
      ...(headline.vector ? { vector: headline.vector } : {}),
      text: formatHeadline(headline),
    },
    cve: [...data.cve],
    ghsa: [...data.ghsa],
    cwe: data.cwe.map((id) => ({ id, ...(cweName(id) ? { name: cweName(id) } : {}) })),
    affected: groupAffected(data.affected, orderingOf),
    fixed: fixedVersionsOf(data.affected, orderingOf),
    ...(data.status === 'withdrawn' && data.withdrawn ? { withdrawn: data.withdrawn.toISOString() } : {}),
  };
}

const link = (href: string, text: string) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>`;
const code = (text: string) => `<code>${escapeHtml(text)}</code>`;
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function affectedText(group: FeedFacts['affected'][number]): string {
  const parts = [...group.ranges.map((r) => escapeHtml(lowerFirst(describeRange(r)))), ...(group.versions.length > 0 ? [`versions ${escapeHtml(group.versions.join(', '))}`] : [])];
  return `${listInWords(group.packages.map(code))}: ${parts.join('; ')}`;
}

/** The facts as an HTML list, placed before the advisory's body in every feed format. */
export function feedFactsHtml(facts: FeedFacts): string {
  const rows: [string, string][] = [
    ['Severity', escapeHtml(facts.severity.text)],
    ...(facts.cve.length > 0 ? [['CVE', facts.cve.map((id) => link(external.cve(id), id)).join(', ')] as [string, string]] : []),
    ...(facts.ghsa.length > 0 ? [['GitHub advisory', facts.ghsa.map((id) => link(external.ghsa(id), id)).join(', ')] as [string, string]] : []),
    ...(facts.cwe.length > 0
      ? [['Weakness', facts.cwe.map((c) => `${link(external.cwe(c.id), c.id)}${c.name ? ` ${escapeHtml(c.name)}` : ''}`).join('; ')] as [string, string]]
      : []),
    ...facts.affected.map((g): [string, string] => ['Affected', affectedText(g)]),
    ['Fixed in', facts.fixed.length > 0 ? escapeHtml(facts.fixed.join(', ')) : 'no fixed version released'],
  ];
  const withdrawn = facts.withdrawn ? `<p><strong>Withdrawn on ${escapeHtml(facts.withdrawn.slice(0, 10))}</strong>: no action is needed.</p>\n` : '';
  return `${withdrawn}<ul>\n${rows.map(([k, v]) => `<li><strong>${k}:</strong> ${v}</li>`).join('\n')}\n</ul>\n`;
}
