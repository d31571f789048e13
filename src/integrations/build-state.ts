/** What the validation step hands to the post-build guard within one build. */
import type { Corpus } from '../lib/corpus/read.ts';

export interface BuildState {
  corpus?: Corpus;
  now?: Date;
}
