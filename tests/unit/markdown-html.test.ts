// Feed bodies are self-contained HTML: links resolve as they would on the item's own page, and
// MDX (pages, announcements) shows what a reader sees, not the code around it.
import { describe, expect, it } from 'vitest';
import { parse } from 'node-html-parser';
import { markdownToHtml } from '../../src/outputs/exports/markdown-html.ts';

const PAGE = 'https://security.acme.test/advisories/ACME-SA-2025-001/';

describe('markdownToHtml', () => {
  it('keeps footnote links pointing at the footnotes, on the item\'s page', () => {
    const root = parse(markdownToHtml('See the note[^a].\n\n[^a]: The footnote.', PAGE));
    const ref = root.querySelector('a[data-footnote-ref]')!;
    const note = root.querySelector('li')!;
    expect(ref.getAttribute('href')).toBe(`${PAGE}#${note.id}`);
    expect(note.id).toBe('user-content-fn-a');
    expect(root.querySelector('a[data-footnote-backref]')!.getAttribute('href')).toBe(`${PAGE}#${ref.id}`);
  });

  it('resolves relative links against the item\'s page, as the page itself does', () => {
    const root = parse(markdownToHtml('[docs](guide/) and [home](/)', PAGE));
    expect(root.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([`${PAGE}guide/`, 'https://security.acme.test/']);
  });

  it('shows MDX as its text: components by their content, literals by their value, no code', () => {
    const mdx = 'export const Note = (p) => <aside>{p.children}</aside>\n\nWithin {"two"} weeks, {14} days{2 * 7}.\n\n<Note>Inside **bold**</Note>';
    const html = markdownToHtml(mdx, PAGE, { mdx: true });
    expect(html).toBe('<p>Within two weeks, 14 days.</p>\n<p>Inside <strong>bold</strong></p>');
  });
});
