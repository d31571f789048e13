/** The CSAF documents of this build, made once and shared by every CSAF endpoint and listing. */
import { siteData } from './advisories.ts';
import { type CsafFile, csafFiles } from '../../outputs/exports/csaf-distribution.ts';

let cached: Promise<CsafFile[]> | undefined;

export function csafData(): Promise<CsafFile[]> {
  cached ??= siteData().then(({ advisories, site }) => csafFiles(advisories, site));
  return cached;
}

export const text = (body: string, type: string) => new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
