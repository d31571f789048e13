/** Collects the guard's fingerprints off the main thread (see fingerprintsInWorker in guard.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { buildFingerprints } from './fingerprints.ts';
import type { GuardInput } from './guard.ts';

parentPort!.postMessage(await buildFingerprints(workerData as GuardInput));
