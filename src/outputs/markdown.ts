/**
 * How advisory bodies become HTML, shared by astro.config.mjs (markdown.processor), the
 * advisories loader and its worker thread (which must render exactly as the site would), and
 * the embargo guard's text model (which compares what a reader sees). remark/rehype, so the
 * benchmark's floor and the site render bodies with the same pipeline.
 * No typographic quotes or syntax highlighting: advisory code samples are short, and these two
 * steps cost more than the rest of rendering a body (Shiki alone ships 8 KB of styles).
 */
import { type AstroMarkdownOptions, type MarkdownRenderer, type MarkdownRenderResult, parseFrontmatter, unified } from '@astrojs/markdown-remark';

export const markdownProcessor = unified({ smartypants: false });

export const syntaxHighlight = false;

/** The options a renderer outside Astro uses; Astro's own add only image settings to these. */
export const STANDALONE_OPTIONS: AstroMarkdownOptions = { syntaxHighlight };

/** The rendered body as Astro's content layer stores it. */
export interface RenderedBody {
  html: string;
  metadata: MarkdownRenderResult['metadata'] & { imagePaths: string[] };
}

/** Bodies to render, each with the file it came from (a URL string, so it can cross to a worker). */
export interface BodySource {
  body: string;
  fileURL: string;
}

export type BodyRenderer = (body: string, fileURL?: string) => Promise<RenderedBody>;

/** One renderer for many bodies; creating it is the expensive part. */
export async function createBodyRenderer(options: AstroMarkdownOptions = STANDALONE_OPTIONS): Promise<BodyRenderer> {
  const renderer = await markdownProcessor.createRenderer(options);
  return (body, fileURL = 'file:///advisory.md') => renderBody(renderer, body, new URL(fileURL));
}

/** Renders the bodies in order with one renderer; the loader and its worker both use this. */
export async function renderBodies(bodies: readonly BodySource[], options: AstroMarkdownOptions): Promise<RenderedBody[]> {
  const render = await createBodyRenderer(options);
  const rendered: RenderedBody[] = [];
  for (const b of bodies) rendered.push(await render(b.body, b.fileURL));
  return rendered;
}

/** What Astro's own `renderMarkdown` does with a body, so the two give the same entry. */
async function renderBody(renderer: MarkdownRenderer, content: string, fileURL: URL): Promise<RenderedBody> {
  const { frontmatter, content: body } = parseFrontmatter(content);
  const { code, metadata } = await renderer.render(body, { frontmatter, fileURL });
  return {
    html: code,
    metadata: { ...metadata, imagePaths: [...(metadata.localImagePaths ?? []), ...(metadata.remoteImagePaths ?? [])] },
  };
}
