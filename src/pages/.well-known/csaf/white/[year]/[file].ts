/**
 * `/.well-known/csaf/white/<year>/<id>.json` and its `.sha256` and `.sha512` files. A build
 * writes these in one pass (src/build/steps/exports.ts), so this route only serves
 * them in `astro dev`.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../../../../../site/data/advisories.ts';
import { text } from '../../../../../site/data/csaf.ts';
import { advisoryExportFiles } from '../../../../../outputs/exports/advisory-files.ts';

export async function getStaticPaths() {
  if (!import.meta.env.DEV) return [];
  const { advisories, site } = await siteData();
  return advisories.flatMap((a) =>
    advisoryExportFiles(a, site)
      .filter((f) => f.path.startsWith('/.well-known/csaf/'))
      .map((f) => ({ params: { year: f.path.split('/').at(-2)!, file: f.path.split('/').at(-1)! }, props: { body: f.body, type: f.path.endsWith('.json') ? 'application/json' : 'text/plain' } })),
  );
}

export const GET: APIRoute<{ body: string; type: string }> = ({ props }) => text(props.body, props.type);
