/**
 * Runs one job on a worker thread: the worker module reads `workerData` and posts one message,
 * its answer. The build uses this for the work that can run beside Astro's single thread (the
 * MDX check, half of the Markdown, the export files, the guard's fingerprints and scan).
 */
import { Worker } from 'node:worker_threads';

export function runWorker<T>(module: URL, data: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let answered = false;
    const worker = new Worker(module, { workerData: data });
    worker.once('message', (message: T) => {
      answered = true;
      resolve(message);
    });
    worker.once('error', reject);
    // A worker that ends without answering (process.exit, an uncaught rejection that killed it)
    // would otherwise leave the build waiting forever.
    worker.once('exit', (code) => {
      if (!answered) reject(new Error(`${module.pathname.split('/').pop()} stopped (exit code ${code}) without an answer`));
    });
  });
}
