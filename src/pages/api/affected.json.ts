/** `/api/affected.json`: what the version check runs on, for `/check/` and for scripts (README). */
import type { APIRoute } from 'astro';
import { siteData } from '../../site/data/advisories.ts';
import { toCheckData } from '../../outputs/exports/affected-data.ts';

export const GET: APIRoute = async () => {
  const { now, site, branches, advisories } = await siteData();
  const data = toCheckData({ now, packages: site.packages, branches, advisories });
  return new Response(`${JSON.stringify(data)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
