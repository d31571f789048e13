/** `/osv/all.json`: `[{"id", "modified"}]`, the index OSV.dev's REST source reads. */
import type { APIRoute } from 'astro';
import { siteData } from '../../site/data/advisories.ts';
import { osvIndex, osvJson } from '../../outputs/exports/osv.ts';

export const GET: APIRoute = async () => {
  const { advisories } = await siteData();
  return new Response(osvJson(osvIndex(advisories)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
