/** `/api/releases.json`: release cycles in endoflife.date's API shape. */
import type { APIRoute } from 'astro';
import { siteData } from '../../site/data/advisories.ts';
import { toReleasesApi } from '../../outputs/exports/releases-api.ts';

export const GET: APIRoute = async () => {
  const { branches, now, site } = await siteData();
  return new Response(`${JSON.stringify(toReleasesApi(branches, now, site), null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
