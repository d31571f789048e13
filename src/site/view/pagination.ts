/**
 * The advisory list in pages, so that a long history stays light to load: at most
 * LIST_PAGE_SIZE advisories a page (about 350 KB of HTML), newest first. A site with fewer has
 * one page, /advisories/.
 */
export const LIST_PAGE_SIZE = 500;

export function paginate<T>(items: readonly T[], size = LIST_PAGE_SIZE): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length > 0 ? pages : [[]];
}
