/**
 * A readable label for each reference: what it is and what it points at ("GitHub advisory
 * GHSA-73gr-32wg-qhh7", "CVE-2024-47050 at NVD", "Fix commit 0f21a3a in mautic/mautic",
 * "Packagist: mautic/core"), so a reader knows where a link leads before following it. Known
 * sites are named; anything else is its site and path, never a bare URL.
 */
import type { ReferenceType } from './model.ts';

const KIND: Record<ReferenceType, string> = {
  advisory: 'Advisory',
  article: 'Article',
  detection: 'Detection',
  discussion: 'Discussion',
  report: 'Report',
  fix: 'Fix',
  introduced: 'Change that introduced it',
  git: 'Repository',
  package: 'Package',
  evidence: 'Evidence',
  web: 'Page',
};

const GHSA = /GHSA(-[23456789cfghjmpqrvwx]{4}){3}/i;
const CVE = /CVE-\d{4}-\d{4,}/i;

type Rule = (u: URL, type: ReferenceType, parts: string[]) => string | undefined;

const short = (sha: string) => sha.slice(0, 7);
/** GHSA ids are written GHSA- then lower case. */
const ghsaId = (text: string) => `GHSA${text.slice(4).toLowerCase()}`;

/** github.com/<owner>/<repo>/…, the forge most references point at. */
const github: Rule = (u, type, [owner, repo, kind, ...rest]) => {
  if (u.hostname !== 'github.com') return undefined;
  if (owner === 'advisories' && repo && GHSA.test(repo)) return `GitHub advisory ${ghsaId(repo.match(GHSA)![0])}`;
  if (!owner) return 'GitHub';
  if (!repo) return `${owner} on GitHub`;
  const slug = `${owner}/${repo}`;
  const ghsa = u.pathname.match(GHSA)?.[0];
  if (kind === 'security' && rest[0] === 'advisories' && ghsa) return `GitHub advisory ${ghsaId(ghsa)} in ${slug}`;
  if (kind === 'commit' && rest[0]) return `${type === 'fix' ? 'Fix commit' : 'Commit'} ${short(rest[0])} in ${slug}`;
  if (kind === 'pull' && rest[0]) {
    const commit = rest[1] === 'commits' && rest[2] ? `, commit ${short(rest[2])}` : '';
    return `${type === 'fix' ? 'Fix: pull request' : 'Pull request'} #${rest[0]}${commit} in ${slug}`;
  }
  if (kind === 'issues' && rest[0]) return `Issue #${rest[0]} in ${slug}`;
  if (kind === 'releases' && rest[0] === 'tag' && rest[1]) return `Release ${decodeURIComponent(rest[1])} of ${slug}`;
  if (kind === 'releases') return `Releases of ${slug}`;
  if (kind === 'compare' && rest[0]) return `Changes ${decodeURIComponent(rest[0])} in ${slug}`;
  if ((kind === 'blob' || kind === 'tree') && rest.length > 1) {
    const file = rest.slice(1).join('/');
    const cve = file.match(CVE)?.[0];
    return cve ? `${cve} record in ${slug}` : `${rest.slice(1).at(-1)} in ${slug}`;
  }
  if (!kind) return `Repository ${slug} on GitHub`;
  return undefined;
};

const nvd: Rule = (u) => (u.hostname === 'nvd.nist.gov' && CVE.test(u.pathname) ? `${u.pathname.match(CVE)![0].toUpperCase()} at NVD` : undefined);

const cveOrg: Rule = (u) => {
  if (!['www.cve.org', 'cve.org', 'cve.mitre.org'].includes(u.hostname)) return undefined;
  const id = `${u.pathname}${u.search}`.match(CVE)?.[0];
  return id ? `${id.toUpperCase()} at cve.org` : undefined;
};

const cwe: Rule = (u) => {
  const m = u.hostname === 'cwe.mitre.org' ? u.pathname.match(/definitions\/(\d+)/) : null;
  return m ? `Weakness CWE-${m[1]} at MITRE` : undefined;
};

const packagist: Rule = (u, _t, [first, vendor, name]) => {
  if (u.hostname !== 'packagist.org' && u.hostname !== 'www.packagist.org') return undefined;
  if (first === 'packages' && vendor && name) return `Packagist: ${vendor}/${name}`;
  return 'Packagist, the PHP package registry';
};

const npm: Rule = (u, _t, parts) =>
  u.hostname === 'www.npmjs.com' && parts[0] === 'package' && parts[1] ? `npm: ${parts.slice(1, parts[1].startsWith('@') ? 3 : 2).join('/')}` : undefined;

const RULES: Rule[] = [github, nvd, cveOrg, cwe, packagist, npm];

/** The fallback: the kind of reference, then the site and the path, shortened. */
function generic(u: URL, type: ReferenceType): string {
  const host = u.hostname.replace(/^www\./, '');
  const path = decodeURIComponent(u.pathname).replace(/\/+$/, '');
  const shown = path.length > 48 ? `${path.slice(0, 24)}…${path.slice(-20)}` : path;
  return `${KIND[type]} at ${host}${shown}`;
}

export function referenceLabel(ref: { type: ReferenceType; url: string }): string {
  let u: URL;
  try {
    u = new URL(ref.url);
  } catch {
    return `${KIND[ref.type]}: ${ref.url}`;
  }
  const parts = u.pathname.split('/').filter(Boolean);
  for (const rule of RULES) {
    const label = rule(u, ref.type, parts);
    if (label) return label;
  }
  return generic(u, ref.type);
}
