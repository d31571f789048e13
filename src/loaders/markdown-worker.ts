/** Renders a share of the advisory bodies off the main thread (see loaders/advisories.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { createRenderer, renderBody, type RenderedBody } from '../markdown.ts';

const { options, bodies } = workerData as { options: AstroMarkdownOptions; bodies: { body: string; fileURL: string }[] };
const renderer = await createRenderer(options);
const rendered: RenderedBody[] = [];
for (const b of bodies) rendered.push(await renderBody(renderer, b.body, new URL(b.fileURL)));
parentPort!.postMessage(rendered);
