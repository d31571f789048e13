/**
 * What a reader sees of each piece of content, as the guard's tokens (text.ts). Advisory
 * bodies are rendered with the site's own Markdown renderer (src/outputs/markdown.ts) and then
 * read like any built page, so a held-back body, a public body and the output they end up in
 * are compared word for word whatever Markdown they use: code fences and their info strings,
 * tables, emphasis, footnotes, reference links, entities. Pages and announcements are full MDX,
 * which only Astro can render (their components live in the site); for them every literal the
 * source holds counts, which can only widen what counts as public.
 */
import { createProcessor } from '@mdx-js/mdx';
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

interface MdxNode {
  type: string;
  value?: unknown;
  attributes?: { value?: unknown }[];
  children?: MdxNode[];
}

const mdx = createProcessor();

/** Every literal of an MDX tree in source order: text, code, expressions, attribute values. */
function mdxLiterals(node: MdxNode, out: string[]): string[] {
  if (typeof node.value === 'string') out.push(node.value);
  for (const a of node.attributes ?? []) if (typeof a.value === 'string') out.push(a.value);
  for (const child of node.children ?? []) mdxLiterals(child, out);
  return out;
}

/** MDX that does not parse is taken as it is written: still text, never dropped. */
function mdxText(source: string): string {
  try {
    return mdxLiterals(mdx.parse(source) as MdxNode, []).join(' ');
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
    if (kind === 'mdx') return readerWords(mdxText(text));
    if (kind === 'raw') return tokens(text);
    // `html` and `plain`: already what a page shows.
    return readerWords(text);
  };
}
