/**
 * `npm run init`: the files of a new content folder, from the settings a maintainer gives on the
 * command line. The settings go through site.yaml's own schema, so init refuses exactly what
 * `npm run check` would, with the flag named instead of the field. The two pages are written
 * from the settings (targets, release months, notice, contact), so a new site states its own
 * policy rather than Mautic's; the maintainer edits them like any other page (README, "Use
 * Disclose for your project").
 */
import { formatDuration } from 'date-fns/formatDuration';
import { siteSchema } from './schemas/site.ts';
import { shown } from './problems.ts';
import { ECOSYSTEMS } from '../domain/ecosystems.ts';
import type { Site } from '../domain/model.ts';

export interface InitOptions {
  name?: string;
  project?: string;
  prefix?: string;
  url?: string;
  contact?: string;
  /** `<name>:<ecosystem>`, split at the last colon (Maven names hold one themselves). */
  packages: string[];
}

/** The flag each site.yaml field comes from, for messages. */
const FLAG: Record<string, string> = { name: '--name', project: '--project', id_prefix: '--prefix', url: '--url', contact: '--contact', packages: '--package' };

export const INIT_DEFAULTS = {
  targets: { acknowledge: 'PT24H', respond: 'P7D', resolve: 'P21D' },
  security_releases: { months: [2, 5, 8, 11], notice_days: 14 },
  security_txt: { expires_days: 180, languages: ['en'] },
} as const;

export const POLICY_PAGE = 'security-policy';
export const RISK_PAGE = 'risk-levels';

function parsePackage(spec: string, problems: string[]): { name: string; ecosystem: string } | undefined {
  const at = spec.lastIndexOf(':');
  const name = at > 0 ? spec.slice(0, at).trim() : '';
  const ecosystem = at > 0 ? spec.slice(at + 1).trim() : '';
  if (!name || !ecosystem) {
    problems.push(`--package: found ${shown(spec)}, want <name>:<ecosystem> such as acme/app:Packagist`);
    return undefined;
  }
  if (!(ecosystem in ECOSYSTEMS)) {
    problems.push(`--package: ecosystem ${shown(ecosystem)} of ${name} has no version ordering here (want one of ${Object.keys(ECOSYSTEMS).join(', ')}, spelt as OSV spells it)`);
    return undefined;
  }
  return { name, ecosystem };
}

/** The site settings, or one line per problem, each naming its flag. */
export function initSettings(options: InitOptions): { site?: Site; problems: string[] } {
  const problems: string[] = [];
  if (options.packages.length === 0) problems.push('--package: is required (give each package as --package <name>:<ecosystem>, e.g. --package acme/app:npm)');
  const packages = options.packages.map((p) => parsePackage(p, problems));
  const raw = {
    name: options.name,
    project: options.project,
    url: options.url,
    id_prefix: options.prefix,
    contact: options.contact,
    packages: packages.filter((p) => p !== undefined),
    ...INIT_DEFAULTS,
    policy_page: POLICY_PAGE,
  };
  const parsed = siteSchema.safeParse(raw, { reportInput: true });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0]);
      // Each package already has its own line above; an empty list would only repeat them.
      if (field === 'packages' && raw.packages.length === 0) continue;
      problems.push(`${FLAG[field] ?? field}: ${issue.message}`);
    }
  }
  const names = new Set<string>();
  for (const p of packages) {
    if (p && names.has(p.name)) problems.push(`--package: ${p.name} is given twice (give each package once)`);
    if (p) names.add(p.name);
  }
  return problems.length > 0 || !parsed.success ? { problems } : { site: parsed.data, problems };
}

const q = (s: string) => JSON.stringify(s);
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "February, May, August and November". */
function inWords(list: readonly string[]): string {
  return list.length <= 1 ? (list[0] ?? '') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

function siteYaml(site: Site): string {
  return [
    '# Site settings (content format v1; see the README, "The content folder").',
    `name: ${q(site.name)}`,
    `project: ${q(site.project)}`,
    `url: ${q(site.url)}`,
    `id_prefix: ${q(site.id_prefix)}`,
    `contact: ${q(site.contact)}`,
    'packages:',
    ...site.packages.map((p) => `  - { name: ${q(p.name)}, ecosystem: ${q(p.ecosystem)} }`),
    'components: []',
    'targets:',
    `  acknowledge: ${site.targets.acknowledge.iso}`,
    `  respond: ${site.targets.respond.iso}`,
    `  resolve: ${site.targets.resolve.iso}`,
    'security_releases:',
    `  months: [${site.security_releases.months.join(', ')}]`,
    `  notice_days: ${site.security_releases.notice_days}`,
    'security_txt:',
    `  expires_days: ${site.security_txt.expires_days}`,
    `  languages: [${site.security_txt.languages.join(', ')}]`,
    `policy_page: ${site.policy_page}`,
    '',
  ].join('\n');
}

const RELEASES_YAML = [
  '# Release branches, newest first (see the README, "The content folder"). Each branch lists its',
  '# releases; a fixed version an advisory names must be a release here before it is published.',
  '# Where the site has more than one version line, each branch names its package (package: <name>).',
  '[]',
  '',
].join('\n');

/** Markdown for the contact: a mailto link shows the address, an https one the URL. */
function contactLink(contact: string): string {
  const shownAs = contact.startsWith('mailto:') ? contact.slice('mailto:'.length) : contact;
  return `[${shownAs}](${contact})`;
}

function policyPage(site: Site): string {
  const t = site.targets;
  const words = (d: Site['targets']['acknowledge']) => formatDuration(d.duration, { delimiter: ' ' });
  const months = inWords(site.security_releases.months.map((m) => MONTHS[m - 1]!));
  const days = site.security_releases.notice_days;
  return [
    '---',
    'title: Security policy',
    `description: ${q(`How the ${site.project} project handles vulnerability reports, releases fixes and announces them.`)}`,
    'order: 1',
    '---',
    '',
    '## How to report a vulnerability',
    '',
    `Send the details privately to ${contactLink(site.contact)}. Please do not open a public issue or`,
    'pull request about it. A useful report names the version you tested, what an attacker could do,',
    'and the steps that show it.',
    '',
    '## What to expect after reporting',
    '',
    'These are the targets the team works to. They are goals, not guarantees:',
    '',
    '| Step | Target |',
    '|---|---|',
    `| Acknowledge the report | within ${words(t.acknowledge)} |`,
    `| Give a further answer: close it with the reason, or confirm it is still being investigated | within ${words(t.respond)} |`,
    `| Resolve the report | within ${words(t.resolve)}, unless exceptional circumstances need more time |`,
    '',
    '## Coordinated disclosure',
    '',
    'A vulnerability stays private until a fix exists. It is announced here as an advisory once a',
    'secure version is available, with its severity (see [severity and risk levels](/risk-levels/)),',
    'the affected versions and the versions that fix it. Please wait for the announcement before',
    'publishing anything yourself.',
    '',
    '## When fixes are released',
    '',
    `Unless the risk calls for something faster, fixes ship in the next scheduled security release, in **${months}**.`,
    `A security release outside that schedule is announced at least **${days} ${days === 1 ? 'day' : 'days'}** ahead.`,
    '',
    '## Supported versions',
    '',
    'The [supported versions](/supported-versions/) page lists each release branch and whether it still',
    'receives security fixes. Pre-releases are not meant for production. If you run a version that no',
    'longer gets fixes, upgrade to a supported one.',
    '',
  ].join('\n');
}

function riskPage(site: Site): string {
  return [
    '---',
    'title: Severity and risk levels',
    `description: ${q(`The scales ${site.project} advisories use to say how severe a flaw is.`)}`,
    'order: 2',
    '---',
    '',
    'Every advisory says how severe its flaw is, on the scales its record carries:',
    '',
    '<SeverityScales />',
    '',
    'The headline severity shown in lists and feeds is the risk level where an advisory has a NIST',
    'IR 7864 risk vector, else the rating of the newest CVSS version it gives, else its severity label.',
    '',
    '## CVSS',
    '',
    'A CVSS vector (version 3.0, 3.1 or 4.0) gives a score from 0.0 to 10.0 and a rating: Low (0.1 to',
    '3.9), Medium (4.0 to 6.9), High (7.0 to 8.9) or Critical (9.0 to 10.0). Each advisory page breaks',
    'its vectors down metric by metric.',
    '',
    '## Risk levels (NIST IR 7864)',
    '',
    'A risk vector such as `AC:Basic/A:User/CI:Some/II:Some/E:Theoretical/TD:Default` scores six',
    'questions; the points add up to 0 to 25: Not critical (0 to 4), Less critical (5 to 9),',
    'Moderately critical (10 to 14), Critical (15 to 19) and Highly critical (20 to 25).',
    '',
    '## Severity labels',
    '',
    'A record with no vector at all carries a label (low, moderate, high or critical), shown as it is.',
    '',
  ].join('\n');
}

/** Every file of the new folder, by path inside it. */
export function initFiles(site: Site): Record<string, string> {
  return {
    'site.yaml': siteYaml(site),
    'releases.yaml': RELEASES_YAML,
    [`pages/${POLICY_PAGE}.mdx`]: policyPage(site),
    [`pages/${RISK_PAGE}.mdx`]: riskPage(site),
  };
}
