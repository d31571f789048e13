/** What Disclose's build steps hand each other within one build. */
import type { Corpus } from '../corpus/read.ts';

export interface BuildState {
  /** The validated content (validate-content, at config setup). */
  corpus?: Corpus;
  now?: Date;
  /** The per-advisory export files, written on a worker while the pages render (advisory-exports). */
  exportsWritten?: Promise<void>;
  /** The search index, built by Pagefind in its own process while the guard scans the rest. */
  searchIndexed?: Promise<void>;
}
