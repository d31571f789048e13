/**
 * The prose pages of the content folder (pages/<slug>.mdx), in navigation order: by `order`,
 * then by title; pages without an order come last.
 */
import { type CollectionEntry, getCollection } from 'astro:content';

export type PageEntry = CollectionEntry<'pages'>;

let cached: Promise<PageEntry[]> | undefined;

async function load(): Promise<PageEntry[]> {
  const pages = await getCollection('pages');
  const order = (p: PageEntry) => p.data.order ?? Number.POSITIVE_INFINITY;
  return pages.sort((a, b) => order(a) - order(b) || a.data.title.localeCompare(b.data.title));
}

export function pages(): Promise<PageEntry[]> {
  cached ??= load();
  return cached;
}
