/**
 * An OSV record's `details` as an advisory body: Markdown that also parses as MDX and renders the
 * same text. Real details hold `<`, `>`, `{`, `}`, raw HTML, tables, code and autolinks, and MDX
 * reads `<` and `{` as JSX and expressions. So the text is read as GitHub reads it (CommonMark
 * with GFM) and written back with MDX's escapes: raw HTML becomes literal text (shown, never
 * run, never dropped), braces and `<` are escaped outside code, code stays byte for byte, and
 * autolinks (`<https://…>`, which MDX cannot parse) become ordinary links with the URL as text.
 */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown, gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown } from 'mdast-util-to-markdown';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes, Parent } from 'mdast';

/** Raw HTML, inline or block, becomes text: a reader sees the tags GitHub would have hidden or run. */
function htmlAsText(node: Nodes): void {
  if (!('children' in node)) return;
  const parent = node as Parent;
  parent.children = parent.children.map((child) => {
    if (child.type !== 'html') return child;
    const text = { type: 'text' as const, value: child.value };
    // Block HTML sits where a paragraph would: wrap it so it stays a block of its own.
    return parent.type === 'root' || parent.type === 'blockquote' || parent.type === 'listItem' ? { type: 'paragraph' as const, children: [text] } : text;
  }) as Parent['children'];
  for (const child of parent.children) htmlAsText(child as Nodes);
}

export function safeMarkdown(details: string): string {
  const tree = fromMarkdown(details.replace(/\r\n?/g, '\n'), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  htmlAsText(tree);
  const out = toMarkdown(tree, {
    extensions: [gfmToMarkdown(), mdxToMarkdown()],
    // `[url](url)`, never `<url>`: MDX has no autolinks.
    resourceLink: true,
    bullet: '-',
    fences: true,
    rule: '-',
  });
  return out.trim() === '' ? '' : `${out.trimEnd()}\n`;
}

/** The first paragraph of `details` as plain text, for the summary: Markdown marks and escapes go. */
export function firstParagraph(details: string): string {
  const tree = fromMarkdown(details.replace(/\r\n?/g, '\n'), { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const first = tree.children.find((n) => n.type === 'paragraph');
  if (!first) return '';
  const text = (n: Nodes): string =>
    'value' in n && typeof n.value === 'string' ? n.value : 'children' in n ? (n.children as Nodes[]).map(text).join('') : n.type === 'break' ? ' ' : '';
  return text(first).replace(/\s+/g, ' ').trim();
}
