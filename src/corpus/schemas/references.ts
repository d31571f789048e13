/** `references`: links with OSV's reference types in lower case. */
import { z } from 'astro/zod';
import { strict } from './strict.ts';
import { httpUrl } from './identifiers.ts';
import { shown } from '../problems.ts';
import { REFERENCE_TYPES } from '../../domain/model.ts';

export { REFERENCE_TYPES };

export const reference = () =>
  strict({
    /** What the link is; default `web`. */
    type: z
      .enum(REFERENCE_TYPES, { error: (i) => `found ${shown(i.input)}, want one of ${REFERENCE_TYPES.join(' | ')}` })
      .default('web'),
    /** Absolute URL. */
    url: httpUrl(),
  });

export const references = () =>
  z.array(reference()).default([]).superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((r, index) => {
      if (seen.has(r.url)) ctx.addIssue({ code: 'custom', path: [index, 'url'], message: `${r.url} is listed twice (remove the repeat)` });
      seen.add(r.url);
    });
  });
