/**
 * Advisory bodies as HTML for feeds and other exports. The page itself renders the MDX through
 * Astro; exports need a self-contained fragment instead: no scripts or event handlers (readers
 * show it inside their own pages) and only absolute links (a relative link means nothing once
 * the HTML leaves the site). Links resolve against the item's own page, as they would there, so
 * a footnote reference leads to the footnote on that page.
 */
import type { Element, Root } from 'hast';
import type { Root as MdastRoot, RootContent } from 'mdast';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
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

/**
 * @param base the absolute URL of the page the body belongs to
 * @param options.mdx the body is MDX (a page or announcement): components stand for their
 *   content, imports and exports are dropped, and an expression shows only a literal value
 */
export function markdownToHtml(markdown: string, base: string, options: { mdx?: boolean } = {}): string {
  if (typeof markdown !== 'string') throw new TypeError('markdownToHtml: want the body as Markdown text');
  const key = `${options.mdx ? 'mdx' : 'md'}\u0000${base}\u0000${markdown}`;
  const hit = rendered.get(key);
  if (hit !== undefined) return hit;
  const html = render(markdown, base, options.mdx === true);
  rendered.set(key, html);
  return html;
}

/** The value a reader sees of a `{…}` expression, when it is a plain string or number. */
function literal(code: string): string | undefined {
  const trimmed = code.trim();
  if (/^-?\d+(\.\d+)?$/.test(trimmed)) return trimmed;
  if (/^"(?:[^"\\]|\\.)*"$/.test(trimmed)) return JSON.parse(trimmed) as string;
  if (/^'(?:[^'\\]|\\.)*'$/.test(trimmed)) return trimmed.slice(1, -1).replace(/\\(.)/g, '$1');
  return undefined;
}

/** MDX nodes as plain Markdown nodes; nothing of the site's components can run in a feed. */
function unwrapMdx() {
  return (tree: MdastRoot) => {
    const unwrap = (nodes: RootContent[]): RootContent[] =>
      nodes.flatMap((node): RootContent[] => {
        const type = node.type as string;
        if (type === 'mdxjsEsm') return [];
        if (type === 'mdxFlowExpression' || type === 'mdxTextExpression') {
          const value = literal((node as unknown as { value: string }).value);
          return value === undefined ? [] : [{ type: 'text', value }];
        }
        const children = 'children' in node ? unwrap(node.children as RootContent[]) : undefined;
        if (type === 'mdxJsxFlowElement' || type === 'mdxJsxTextElement') return children ?? [];
        if (children) (node as { children: RootContent[] }).children = children;
        return [node];
      });
    tree.children = unwrap(tree.children);
  };
}

// Footnote ids already carry remark-rehype's user-content- prefix; a second one would break the links.
const schema = { ...defaultSchema, clobberPrefix: '' };

function render(markdown: string, base: string, mdx: boolean): string {
  const parse = mdx ? unified().use(remarkParse).use(remarkMdx).use(unwrapMdx) : unified().use(remarkParse);
  return String(
    parse
      .use(remarkGfm)
      .use(remarkRehype)
      .use(rehypeSanitize, schema)
      .use(absoluteLinks(base))
      .use(rehypeStringify)
      .processSync(markdown),
  ).trim();
}
