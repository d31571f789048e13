/** `credits`: who found, reported or fixed the issue, with OSV's credit types in lower case. */
import { z } from 'astro/zod';
import { strict } from './strict.ts';
import { httpUrl } from './identifiers.ts';
import { shown } from '../problems.ts';
import { CREDIT_TYPES } from '../../domain/model.ts';

export { CREDIT_TYPES };

export const credit = () =>
  strict({
    /** The person or organisation, as they wish to be named. */
    name: z.string({ error: (i) => (i.input === undefined ? 'is required (add the name to credit)' : `found ${shown(i.input)}, want a name`) }).min(1),
    /** Their role; default `finder`. */
    type: z
      .enum(CREDIT_TYPES, { error: (i) => `found ${shown(i.input)}, want one of ${CREDIT_TYPES.join(' | ')}` })
      .default('finder'),
    /** Optional profile or contact URLs. */
    contact: z.array(httpUrl()).default([]),
  });

export const credits = () => z.array(credit()).default([]);
