/** Collects the guard's fingerprints off the main thread (see fingerprintsInWorker in guard.ts). */
import { parentPort, workerData } from 'node:worker_threads';
import { type GuardInput, buildFingerprints } from './guard.ts';

parentPort!.postMessage(buildFingerprints(workerData as GuardInput));
