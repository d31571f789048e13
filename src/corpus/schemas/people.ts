/**
 * `credits.yaml` (optional): the people and organisations advisories credit, each under the
 * name to show, with the other spellings the advisories use and an optional profile URL.
 * Credits are shown under the canonical name everywhere (README, "Credits").
 */
import { z } from 'astro/zod';
import { strict } from './strict.ts';
import { httpUrl } from './identifiers.ts';
import { shown } from '../problems.ts';
import type { Produces } from './strict.ts';
import type { Person } from '../../domain/model.ts';

const name = (what: string) =>
  z.string({ error: (i) => (i.input === undefined ? `is required (add ${what})` : `found ${shown(i.input)}, want ${what}`) }).trim().min(1, { error: `is empty (write ${what})` });

export const personSchema = strict({
  /** The name to show on every page and export. */
  name: name('the name to show'),
  /** Other spellings advisories use for the same person (misspellings, handles); default none. */
  aliases: z.array(name('a spelling used in an advisory'), { error: (i) => `found ${shown(i.input)}, want a list of names` }).default([]),
  /** Optional profile page (https), linked wherever the person is credited. */
  url: httpUrl().optional(),
});

true satisfies Produces<typeof personSchema, Person>;
