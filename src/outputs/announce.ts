/**
 * Announcement texts for one security release, from its public advisories: a plain-text email
 * for the mailing list, Markdown for the forum or blog, and a social post of at most 280
 * characters. Each names the versions to upgrade to, the highest severity, the advisory links
 * and the CVE ids.
 */
import type { Advisory } from '../domain/model.ts';
import type { Site } from '../domain/model.ts';
import { type Headline, formatHeadline, headline } from '../domain/severity.ts';
import { absolute, paths } from '../domain/urls.ts';
import { branchOf, compareForDisplay } from '../domain/versions.ts';
import { type SitePackages, orderingFor } from '../domain/lines.ts';
import { isoDate } from '../domain/dates.ts';

export interface Announced {
  id: string;
  data: Advisory;
}

export interface Announcement {
  subject: string;
  email: string;
  markdown: string;
  social: string;
}

export const SOCIAL_LIMIT = 280;

/** Per package, the highest fixed version on each branch: what fixes every advisory at once. */
export function upgradeTargets(advisories: Announced[], site: SitePackages = { packages: [] }): Map<string, string[]> {
  const byPackage = new Map<string, Map<string, string>>();
  for (const a of advisories) {
    for (const p of a.data.affected) {
      const branches = byPackage.get(p.package) ?? new Map<string, string>();
      const o = orderingFor(site, p.package);
      for (const r of p.ranges) {
        if (!r.fixed) continue;
        const current = branches.get(branchOf(r.fixed, o));
        if (!current || o.compare(r.fixed, current) > 0) branches.set(branchOf(r.fixed, o), r.fixed);
      }
      byPackage.set(p.package, branches);
    }
  }
  return new Map([...byPackage].filter(([, b]) => b.size > 0).map(([name, b]) => [name, [...b.values()].sort(compareForDisplay)]));
}

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`);

export function announce(site: Site, advisories: Announced[]): Announcement {
  if (advisories.length === 0) throw new Error('announce needs at least one advisory');
  const rows = advisories
    .map((a) => ({ ...a, headline: headline(a.data), url: absolute(site.url, paths.advisory(a.id)) }))
    .sort((a, b) => b.headline.rank - a.headline.rank || parseFloat(b.headline.score ?? '0') - parseFloat(a.headline.score ?? '0') || (a.id < b.id ? -1 : 1));
  const highest: Headline = rows[0]!.headline;
  const cves = [...new Set(rows.flatMap((r) => r.data.cve))].sort();
  const targets = upgradeTargets(advisories, site);
  const date = isoDate(rows.map((r) => r.data.published).sort((a, b) => b.getTime() - a.getTime())[0]!);
  const count = `${rows.length} ${rows.length === 1 ? 'vulnerability' : 'vulnerabilities'}`;
  const subject = `[${site.project} security] ${count} fixed, highest severity ${highest.label}`;
  const contact = site.contact.replace(/^mailto:/, '');

  const email = [
    `Subject: ${subject}`,
    '',
    `${site.project} security release, ${date}`,
    '',
    `New releases of ${site.project} fix ${count}. The highest severity is ${formatHeadline(highest)}.`,
    '',
    'Upgrade to one of these versions:',
    ...[...targets].map(([name, versions]) => `  ${name}: ${versions.join(', ')}`),
    '',
    'Advisories:',
    ...rows.flatMap((r) => [
      `  ${r.id}: ${r.data.title}`,
      `    Severity: ${formatHeadline(r.headline)}${r.data.cve.length ? `; ${r.data.cve.join(', ')}` : ''}`,
      `    ${r.url}`,
    ]),
    '',
    `CVE IDs: ${cves.join(', ') || 'none assigned'}`,
    '',
    `Report security issues to ${contact}. All advisories: ${absolute(site.url, paths.advisories())}`,
    '',
  ].join('\n');

  const markdown = [
    `# ${site.project} security release, ${date}`,
    '',
    `New releases of ${site.project} fix ${count}. The highest severity is **${formatHeadline(highest)}**.`,
    '',
    '## Upgrade',
    '',
    ...[...targets].map(([name, versions]) => `- \`${name}\`: ${versions.join(', ')}`),
    '',
    '## Advisories',
    '',
    '| Advisory | Severity | CVE |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| [${r.id}](${r.url}): ${r.data.title.replace(/\|/g, '\\|')} | ${formatHeadline(r.headline)} | ${r.data.cve.join(', ') || '–'} |`),
    '',
    `Report security issues to ${contact}.`,
    '',
  ].join('\n');

  return { subject, email, markdown, social: socialPost(site, rows, highest, targets, cves) };
}

/** Greedy: the essentials first, then each link and CVE while it fits; the list page otherwise. */
function socialPost(site: Site, rows: { id: string; url: string }[], highest: Headline, targets: Map<string, string[]>, cves: string[]): string {
  const versions = [...new Set([...targets.values()].flat())].sort(compareForDisplay);
  let text = `${site.project} security release: ${rows.length} ${rows.length === 1 ? 'fix' : 'fixes'}, highest ${highest.label}. Upgrade to ${list(versions)}.`;
  const links = rows.map((r) => r.url);
  const allLinks = `${text} ${links.join(' ')}`;
  text = allLinks.length <= SOCIAL_LIMIT ? allLinks : `${text} ${absolute(site.url, paths.advisories())}`;
  for (const [i, cve] of cves.entries()) {
    const rest = cves.length - i - 1;
    const candidate = `${text} ${cve}`;
    const withMore = rest > 0 ? `${candidate} +${rest} more` : candidate;
    if (withMore.length <= SOCIAL_LIMIT) text = candidate;
    else {
      text = `${text} +${cves.length - i} more`;
      break;
    }
  }
  if (text.length > SOCIAL_LIMIT) throw new Error(`the social post is ${text.length} characters, over ${SOCIAL_LIMIT}`);
  return text;
}
