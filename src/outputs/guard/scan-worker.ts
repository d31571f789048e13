/** One worker of the parallel guard scan (see scanFilesParallel in scan.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import type { FingerprintSet } from './fingerprints.ts';
import { scanFiles } from './scan.ts';

const { dir, files, set } = workerData as { dir: string; files: string[]; set: FingerprintSet };
parentPort!.postMessage(scanFiles(dir, files, set));
