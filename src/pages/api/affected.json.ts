/** `/api/affected.json`: what the version check runs on, for `/check/` and for scripts (README). */
import type { APIRoute } from 'astro';
import { siteData } from '../../site/data/advisories.ts';
import { toCheckData } from '../../outputs/exports/affected-data.ts';
import { feedScopes } from '../../outputs/exports/feed-model.ts';

export const GET: APIRoute = async () => {
  const { now, site, branches, advisories } = await siteData();
  const feedBranches = feedScopes(advisories, site, branches, now).flatMap(({ scope: s }) => (s.kind === 'branch' ? [s.name] : []));
  const data = toCheckData({ now, site, branches, advisories, feedBranches });
  return new Response(`${JSON.stringify(data)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
