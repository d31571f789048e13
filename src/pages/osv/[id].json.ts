/**
 * `/osv/<ID>.json`: one OSV record per public advisory. A build writes these files in one pass
 * (src/build/steps/exports.ts), so this route only serves them in `astro dev`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../site/data/advisories.ts';
import { osvJson, toOsv } from '../../outputs/exports/osv.ts';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const { advisories } = await siteData();
  return advisories.map((a) => ({ params: { id: a.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { site, byId } = await siteData();
  const advisory = byId.get(params.id ?? '');
  if (!advisory) throw new Error(`no public advisory ${params.id}`);
  return new Response(osvJson(toOsv(advisory, site)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
