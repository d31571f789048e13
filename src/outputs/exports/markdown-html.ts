/**
 * Advisory bodies as HTML for feeds and other exports. The page itself renders the MDX through
 * Astro; exports need a self-contained fragment instead: no scripts or event handlers (readers
 * show it inside their own pages) and only absolute links (a relative link means nothing once
 * the HTML leaves the site).
 */
import type { Element, Root } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const URL_ATTRIBUTES = ['href', 'src'] as const;

/** Resolves every href and src against the site's origin; drops what cannot be resolved. */
function absoluteLinks(base: string) {
  return () => (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const name of URL_ATTRIBUTES) {
        const value = node.properties[name];
        if (typeof value !== 'string') continue;
        try {
          node.properties[name] = new URL(value, base).href;
        } catch {
          delete node.properties[name];
        }
      }
    });
  };
}

/**
 * Markdown (with GitHub's tables, autolinks and strikethrough) to sanitised HTML. Raw HTML in the
 * body is dropped rather than passed through, and the sanitiser removes whatever else could run.
 */
// Every feed (site-wide, per component, per branch, three formats each) carries the same bodies:
// render each body once per build.
const rendered = new Map<string, string>();

export function markdownToHtml(markdown: string, base: string): string {
  if (typeof markdown !== 'string') throw new TypeError('markdownToHtml: want the body as Markdown text');
  const key = `${base}\u0000${markdown}`;
  const hit = rendered.get(key);
  if (hit !== undefined) return hit;
  const html = render(markdown, base);
  rendered.set(key, html);
  return html;
}

function render(markdown: string, base: string): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeSanitize)
      .use(absoluteLinks(base))
      .use(rehypeStringify)
      .processSync(markdown),
  ).trim();
}
