/**
 * The work a build runs beside Astro's rendering, listed in one place: what each task is, which
 * step starts it and which step waits for it (ARCHITECTURE.md, "The build pipeline"). A task's
 * result is a promise from the moment the build is set up, so nothing is optional later; a
 * failure is held until the step that waits for it, which then fails the build.
 */
import type { FingerprintSet } from '../outputs/guard/fingerprints.ts';
import type { ExportsWritten } from './steps/exports.ts';
import type { Problem } from '../corpus/problems.ts';

export class Task<T> {
  readonly done: Promise<T>;
  #resolve!: (value: T) => void;
  #reject!: (error: unknown) => void;
  #started = false;
  #settled = false;

  /** For messages: "writing the export files failed: …". */
  readonly name: string;
  readonly startedBy: string;
  readonly awaitedBy: string;

  constructor(name: string, startedBy: string, awaitedBy: string) {
    this.name = name;
    this.startedBy = startedBy;
    this.awaitedBy = awaitedBy;
    this.done = new Promise<T>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    // Awaited by a later step; do not let a failure go unhandled meanwhile.
    this.done.then(
      () => (this.#settled = true),
      () => (this.#settled = true),
    );
  }

  /** Started and not yet finished. */
  get running(): boolean {
    return this.#started && !this.#settled;
  }

  /** Starts the work once; later calls do nothing (a hook that Astro calls per environment). */
  start(work: () => Promise<T>): void {
    if (this.#started) return;
    this.#started = true;
    work().then(this.#resolve, this.#reject);
  }
}

export interface Background {
  bodyCheck: Task<Problem[]>;
  fingerprints: Task<FingerprintSet>;
  exports: Task<ExportsWritten>;
  searchIndex: Task<string>;
}

/** The tasks still running, for the message when a build stops without finishing. */
export function running(tasks: Background): string[] {
  return Object.values(tasks)
    .filter((t) => t.running)
    .map((t) => t.name);
}

export function backgroundTasks(): Background {
  return {
    bodyCheck: new Task('the MDX body check', 'setup, with the snapshot', 'astro:build:start, before anything is bundled'),
    fingerprints: new Task('collecting the guard fingerprints', 'astro:build:start, once the content layer has rendered the bodies', 'the embargo guard'),
    exports: new Task('writing the export files', 'astro:build:setup, once Astro has emptied the output folder', 'the embargo guard, before it lists the output'),
    searchIndex: new Task('writing the search index', 'astro:build:done (pages reach it from setup on)', 'the embargo guard, before it scans pagefind/'),
  };
}
