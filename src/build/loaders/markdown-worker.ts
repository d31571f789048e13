/** Renders a share of the advisory bodies off the main thread (see loaders/advisories.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { type BodySource, renderBodies } from '../../outputs/markdown.ts';

const { options, bodies } = workerData as { options: AstroMarkdownOptions; bodies: BodySource[] };
parentPort!.postMessage(await renderBodies(bodies, options));
