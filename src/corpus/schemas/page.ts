/** Page frontmatter: prose pages such as the security policy, served at /<slug>/. */
import { z } from 'astro/zod';
import { strict } from './strict.ts';
import { shown } from '../problems.ts';
import type { Produces } from './strict.ts';
import type { Page } from '../../domain/model.ts';

export type { Page };

export const pageSchema = strict({
  /** Page title. */
  title: z.string({ error: (i) => (i.input === undefined ? 'is required (add a title)' : `found ${shown(i.input)}, want a title`) }).min(1),
  /** One sentence, used in the head and in listings. */
  description: z.string({ error: (i) => (i.input === undefined ? 'is required (add one sentence)' : `found ${shown(i.input)}, want one sentence`) }).min(1),
  /** Position in the navigation, lowest first; pages without it come last. */
  order: z.number({ error: (i) => `found ${shown(i.input)}, want a number` }).optional(),
});

true satisfies Produces<typeof pageSchema, Page>;
