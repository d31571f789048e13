// The one way the build runs work on a worker thread: it answers, fails, or never hangs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { runWorker } from '../../src/platform/worker.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-worker-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
function module(name: string, code: string): URL {
  fs.writeFileSync(path.join(dir, name), `import { parentPort, workerData } from 'node:worker_threads';\n${code}\n`);
  return pathToFileURL(path.join(dir, name));
}

it('resolves with the one message the worker posts', async () => {
  await expect(runWorker(module('double.mjs', 'parentPort.postMessage(workerData * 2);'), 21)).resolves.toBe(42);
});

it('rejects with the error the worker throws', async () => {
  await expect(runWorker(module('throws.mjs', "throw new Error('no such advisory');"), null)).rejects.toThrow('no such advisory');
});

it('rejects, rather than waiting forever, when the worker ends without answering', async () => {
  await expect(runWorker(module('quits.mjs', 'process.exit(3);'), null)).rejects.toThrow('quits.mjs stopped (exit code 3) without an answer');
});
