/**
 * What a reader sees of each piece of content, as the guard's tokens (text.ts). Advisory
 * bodies are rendered with the site's own Markdown renderer (src/outputs/markdown.ts) and then
 * read like any built page, so a held-back body, a public body and the output they end up in
 * are compared word for word whatever Markdown they use: code fences and their info strings,
 * tables, emphasis, footnotes, reference links, entities. Pages and announcements are full MDX,
 * whose components only Astro can render; they go through the same Markdown steps (GFM, then
 * mdast to hast as remark-rehype does it), with a JSX element standing for its children and
 * an import, export or expression for its source text.
 */
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { createBodyRenderer } from '../markdown.ts';
import { readerWords, tokens } from './text.ts';

/**
 * `markdown` is an advisory body to render; `html` one already rendered by the site's renderer;
 * `plain` is text or markup as a page shows it; `raw` is source code, every word of it.
 */
export type TextKind = 'markdown' | 'html' | 'mdx' | 'plain' | 'raw';

export interface TextSource {
  kind: TextKind;
  text: string;
}

// MDX nodes have no hast counterpart: remark-rehype turns one with children into an element
// holding them, and one with a value (code, an expression) into that text.
const mdx = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkRehype).use(rehypeStringify);

/** MDX as HTML; MDX that does not parse is taken as it is written: still text, never dropped. */
async function mdxHtml(source: string): Promise<string> {
  try {
    return String(await mdx.process(source));
  } catch {
    return source;
  }
}

export type Reader = (source: TextSource) => Promise<string[]>;

/** A reader holds one Markdown renderer (made on first use), so create one per job, not per text. */
export function createReader(): Reader {
  let renderer: ReturnType<typeof createBodyRenderer> | undefined;
  return async ({ kind, text }) => {
    if (kind === 'markdown') return readerWords((await (await (renderer ??= createBodyRenderer()))(text)).html);
    if (kind === 'mdx') return readerWords(await mdxHtml(text));
    if (kind === 'raw') return tokens(text);
    // `html` and `plain`: already what a page shows.
    return readerWords(text);
  };
}
