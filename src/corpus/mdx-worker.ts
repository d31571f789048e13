/** Checks MDX bodies off the main thread (see checkMdxInWorker in validate.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { Entry } from './read.ts';
import { checkMdx } from './mdx.ts';
import type { Problem } from './problems.ts';

const { entries, advisoryFiles } = workerData as { entries: Entry<unknown>[]; advisoryFiles: string[] };
const files = new Set(advisoryFiles);
const problems: Problem[] = [];
checkMdx(entries, problems, (e) => files.has(e.file));
parentPort!.postMessage(problems);
