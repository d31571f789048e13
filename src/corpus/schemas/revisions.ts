/** `revisions`: dated notes on what changed after publication, oldest first. */
import { z } from 'astro/zod';
import { strict } from './strict.ts';
import { instant } from './instant.ts';

export const revision = () =>
  strict({
    /** When the change was published. */
    date: instant(),
    /** One sentence on what changed. */
    summary: z.string({ error: (i) => (i.input === undefined ? 'is required (say what changed in one sentence)' : 'want a sentence') }).min(1),
  });

export const revisions = () => z.array(revision()).default([]);
