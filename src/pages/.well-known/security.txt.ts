/** `/.well-known/security.txt` (RFC 9116). */
import type { APIRoute } from 'astro';
import { siteData } from '../../site/data/advisories.ts';
import { toSecurityTxt } from '../../outputs/exports/security-txt.ts';

export const GET: APIRoute = async () => {
  const { site, now, advisories } = await siteData();
  return new Response(toSecurityTxt({ site, now, csaf: advisories.length > 0 }), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
