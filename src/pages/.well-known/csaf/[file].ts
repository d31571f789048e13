/** `/.well-known/csaf/provider-metadata.json`, once there is a document to point to. */
import type { APIRoute } from 'astro';
import { siteData } from '../../../site/data/advisories.ts';
import { csafData, text } from '../../../site/data/csaf.ts';
import { providerMetadata } from '../../../outputs/exports/csaf-distribution.ts';

export async function getStaticPaths() {
  return (await csafData()).length > 0 ? [{ params: { file: 'provider-metadata.json' } }] : [];
}

export const GET: APIRoute = async () => {
  const { site } = await siteData();
  return text(`${JSON.stringify(providerMetadata(await csafData(), site), null, 2)}\n`, 'application/json');
};
