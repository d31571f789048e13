/**
 * Which severity scales the advisories actually use: how many carry a NIST IR 7864 risk vector,
 * a CVSS vector (by version), or only a severity label, and where each headline comes from
 * (src/domain/severity.ts). The policy page states this from the content instead of promising a
 * scale that no advisory uses.
 */
import type { Advisory } from './model.ts';
import { type Headline } from './severity.ts';
import type { CvssVersion } from './cvss.ts';

export interface ScaleUsage {
  /** Advisories counted (public, not withdrawn). */
  total: number;
  /** With a risk vector. */
  risk: number;
  /** With at least one CVSS vector. */
  cvss: number;
  /** With a vector of each CVSS version (an advisory may have several). */
  cvssVersions: Record<CvssVersion, number>;
  /** With neither vector, only a label. */
  labelOnly: number;
  /** Where the headline severity comes from. */
  headline: Record<Headline['source'], number>;
}

export function scaleUsage(advisories: readonly { data: Pick<Advisory, 'risk' | 'cvss'>; headline: Pick<Headline, 'source'> }[]): ScaleUsage {
  const usage: ScaleUsage = { total: advisories.length, risk: 0, cvss: 0, cvssVersions: { '3.0': 0, '3.1': 0, '4.0': 0 }, labelOnly: 0, headline: { risk: 0, cvss: 0, label: 0 } };
  for (const a of advisories) {
    if (a.data.risk) usage.risk++;
    if (a.data.cvss.length > 0) usage.cvss++;
    for (const v of new Set(a.data.cvss.map((c) => c.version))) usage.cvssVersions[v]++;
    if (!a.data.risk && a.data.cvss.length === 0) usage.labelOnly++;
    usage.headline[a.headline.source]++;
  }
  return usage;
}

const count = (n: number, one: string, many = `${one}s`) => `${n === 0 ? 'none' : n} ${n === 1 ? one : many}`;

/** The statement the policy page prints: which scale applies to how many advisories. */
export function scaleStatement(u: ScaleUsage): string[] {
  if (u.total === 0) return ['No advisory has been published yet, so no scale is in use.'];
  const of = `Of the ${count(u.total, 'published advisory', 'published advisories')} in force`;
  const versions = (Object.entries(u.cvssVersions) as [CvssVersion, number][])
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${n} with CVSS ${v}`)
    .join(', ');
  const lines = [
    `${of}, ${u.risk === u.total ? 'every one' : u.risk === 0 ? 'none' : u.risk} ${u.risk === 1 ? 'carries' : 'carry'} a NIST IR 7864 risk vector, ${u.cvss === 0 ? 'none' : u.cvss} ${u.cvss === 1 ? 'carries' : 'carry'} a CVSS vector${versions ? ` (${versions})` : ''}, and ${u.labelOnly === 0 ? 'none' : u.labelOnly} ${u.labelOnly === 1 ? 'carries' : 'carry'} only a severity label.`,
  ];
  const sources = [
    u.headline.risk > 0 ? `the risk level for ${u.headline.risk === u.total ? 'all of them' : u.headline.risk}` : '',
    u.headline.cvss > 0 ? `the CVSS rating for ${u.headline.cvss === u.total ? 'all of them' : u.headline.cvss}` : '',
    u.headline.label > 0 ? `the label for ${u.headline.label === u.total ? 'all of them' : u.headline.label}` : '',
  ].filter(Boolean);
  lines.push(`So the headline severity shown on the site is ${sources.length > 1 ? `${sources.slice(0, -1).join(', ')} and ${sources.at(-1)}` : sources[0]}.`);
  return lines;
}
