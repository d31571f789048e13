/**
 * `/.well-known/security.txt` (RFC 9116). Expires is the build instant plus `expires_days`; the
 * RFC advises less than a year, so it is held just under one year whatever the setting.
 */
import { addYears } from 'date-fns/addYears';
import { subSeconds } from 'date-fns/subSeconds';
import { addDuration, isoInstant } from '../../domain/dates.ts';
import { absolute, paths } from '../../domain/urls.ts';
import type { Site } from '../../domain/model.ts';
import { requireOne } from './record.ts';

export interface SecurityTxtInput {
  site: Site;
  now: Date;
  /** Whether the CSAF provider metadata exists (it does once an advisory is public). */
  csaf: boolean;
}

export function securityExpires(now: Date, days: number): Date {
  const wanted = addDuration(now, { days });
  const limit = subSeconds(addYears(now, 1), 1);
  return wanted < limit ? wanted : limit;
}

export function toSecurityTxt(input: SecurityTxtInput): string {
  const { site, now, csaf } = requireOne(input, 'security.txt');
  const url = (path: string) => absolute(site.url, path);
  const fields: [string, string][] = [
    ['Contact', site.contact],
    ['Expires', isoInstant(securityExpires(now, site.security_txt.expires_days))],
    ['Acknowledgments', url(paths.acknowledgments())],
    ['Preferred-Languages', site.security_txt.languages.join(', ')],
    ['Canonical', url(paths.securityTxt())],
    ...(site.policy_page ? [['Policy', url(paths.page(site.policy_page))] as [string, string]] : []),
    ...(csaf ? [['CSAF', url(paths.csafProviderMetadata())] as [string, string]] : []),
  ];
  return `# Security contact for ${site.project} (RFC 9116)\n${fields.map(([k, v]) => `${k}: ${v}\n`).join('')}`;
}
