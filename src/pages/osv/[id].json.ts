/** `/osv/<ID>.json`: one OSV record per public advisory. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../data/advisories.ts';
import { osvJson, toOsv } from '../../lib/exports/osv.ts';

export const getStaticPaths = (async () => {
  const { advisories } = await siteData();
  return advisories.map((a) => ({ params: { id: a.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { site, byId } = await siteData();
  const advisory = byId.get(params.id ?? '');
  if (!advisory) throw new Error(`no public advisory ${params.id}`);
  return new Response(osvJson(toOsv(advisory, site)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
