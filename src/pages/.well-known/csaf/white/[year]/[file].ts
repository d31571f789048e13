/** `/.well-known/csaf/white/<year>/<id>.json` and its `.sha256` and `.sha512` files. */
import type { APIRoute } from 'astro';
import { csafData, text } from '../../../../../data/csaf.ts';
import { hashFile } from '../../../../../lib/exports/csaf-distribution.ts';

const KINDS = ['json', 'sha256', 'sha512'] as const;
type Kind = (typeof KINDS)[number];

export async function getStaticPaths() {
  return (await csafData()).flatMap((f) =>
    KINDS.map((kind) => ({
      params: { year: String(f.year), file: kind === 'json' ? f.name : `${f.name}.${kind}` },
      props: { path: f.path, kind },
    })),
  );
}

export const GET: APIRoute<{ path: string; kind: Kind }> = async ({ props }) => {
  const file = (await csafData()).find((f) => f.path === props.path)!;
  if (props.kind === 'json') return text(file.json, 'application/json');
  return text(hashFile(file.json, file.name, props.kind), 'text/plain');
};
