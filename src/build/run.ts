/**
 * One build's state, from setup on (nothing in it is optional), and how a build fails: closed.
 * Whatever goes wrong — content problems, a background task, a leak, or an error inside Astro —
 * the output folder is removed and the build exits non-zero with one line saying why, so a
 * deploy step that ignores the exit code has nothing to upload (README, "Embargoes").
 */
import fs from 'node:fs';
import { displayPath } from '../corpus/content-dir.ts';
import type { Snapshot } from '../corpus/snapshot.ts';
import type { collectBodies } from './body-channel.ts';
import type { Background, Task } from './background.ts';
import type { SearchIndexing } from './steps/search-index.ts';

export interface BuildRun {
  snapshot: Snapshot;
  /** The output folder, absolute. */
  out: string;
  tasks: Background;
  /** Advisory bodies the content layer rendered, collected for the guard's text model. */
  bodies: ReturnType<typeof collectBodies>;
  /** The site's own source, which the guard counts as public text. */
  templates: string[];
  search: SearchIndexing;
  /** Set by the guard when it passes; until then the output folder is removed at exit. */
  passed: boolean;
}

export class ContentError extends Error {
  override name = 'ContentError';
}

/** Removes the output and stops the build with one line; the lines before it tell the rest. */
export function failClosed(out: string, line: string): never {
  fs.rmSync(out, { recursive: true, force: true });
  console.error(`${line}; ${displayPath(out)}/ removed so nothing can be deployed`);
  process.exit(1);
}

/** Awaits a background task, failing the build closed if it failed. */
export async function awaitTask<T>(run: BuildRun, task: Task<T>): Promise<T> {
  try {
    return await task.done;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    failClosed(run.out, `disclose: ${task.name} failed: ${message.split('\n')[0]}`);
  }
}

/**
 * The exit-time backstop: if the build stopped before its guard passed — Astro failed, or a
 * process a step waited on (Pagefind) died without answering — nothing stays, and the exit
 * status says it failed.
 */
export function removeUnguarded(out: string, why = 'the build stopped before the embargo guard passed'): void {
  process.exitCode = process.exitCode || 1;
  if (!fs.existsSync(out)) return;
  fs.rmSync(out, { recursive: true, force: true });
  console.error(`disclose: ${why}; ${displayPath(out)}/ removed so nothing can be deployed`);
}
