/**
 * `releases.yaml`: release branches, newest first, each with its support dates and releases.
 * Support ends may equal the release date (a branch superseded on its first day) but not precede it.
 *
 * A date that no record gives is never filled in: a release (or a branch's first release) may
 * give `released_by: <date>`, an upper bound, instead of `date` (`released`), and a support end
 * may be `unknown` (README, "The content folder"). Both are normalised here into the model's
 * `date` + `exact` and `SupportEnd`, so pages never re-handle the two spellings.
 */
import { z } from 'astro/zod';
import { always, isDate, strict } from './strict.ts';
import { calendarDate } from './instant.ts';
import { version } from './version.ts';
import { isoDate, parseInstant } from '../../domain/dates.ts';
import { branchId } from '../../domain/urls.ts';
import { shown } from '../problems.ts';
import type { Produces } from './strict.ts';
import type { Branch, Release, SupportEnd } from '../../domain/model.ts';

export type { Branch, Release, SupportEnd };

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';

/** A support end: a date, or `unknown` when the phase is over but no record gives the day. */
export const supportEnd = () =>
  z.unknown().transform((value, ctx): SupportEnd => {
    if (value === 'unknown') return 'unknown';
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
    const parsed = typeof value === 'string' ? parseInstant(value) : undefined;
    if (parsed) return parsed;
    ctx.issues.push({
      code: 'custom',
      message: `found ${shown(value)}, want an ISO-8601 date such as 2025-05-14, or unknown (write the day, or unknown when the phase is over but no record gives its day)`,
      input: value,
    });
    return z.NEVER;
  }).meta({ anyOf: [{ type: 'string', pattern: DATE_PATTERN }, { const: 'unknown' }], examples: ['2026-06-30', 'unknown'] });

const flag = () => z.boolean({ error: (i) => `found ${shown(i.input)}, want true or false` }).default(false);

/** Exactly one of an exact day and an upper bound; the message names both spellings. */
function oneDate(ctx: z.RefinementCtx, exact: string, bound: string, given: { exact: unknown; bound: unknown }, what: string): void {
  if (given.exact !== undefined && given.bound !== undefined) {
    ctx.addIssue({ code: 'custom', path: [bound], message: `is given together with ${exact} (found both, want one: keep ${exact} when the day is known, or only ${bound} when the records give an upper bound)` });
  } else if (given.exact === undefined && given.bound === undefined) {
    ctx.addIssue({ code: 'custom', path: [exact], message: `is required (add ${exact} with the day ${what}, or ${bound} with a day by which it had happened when the day itself is not recorded)` });
  }
}

const releaseFields = strict({
  /** The version: 5.2.3. */
  version: version(),
  /** The day it shipped; a release dated in the future is not yet released. Give this or released_by. */
  date: calendarDate().optional().describe('The day it shipped (2025-03-04). A release dated in the future is not released yet. Give date or released_by, not both.'),
  /** An upper bound: it had shipped by this day, which is all the records say. */
  released_by: calendarDate().optional().describe('Instead of date, when only an upper bound is known: the release was out by this day (shown as "by <date>"; it counts as released from then).'),
  /** Whether it is a security release; default false. */
  security: flag().describe('Whether it is a security release. Default false.'),
});

/** For editors: exactly one of two keys, as the refinement below checks. */
const oneOf = (a: string, b: string) => ({ oneOf: [{ required: [a] }, { required: [b] }] });

export const release = () =>
  releaseFields
    .meta(oneOf('date', 'released_by'))
    .superRefine((r, ctx) => oneDate(ctx, 'date', 'released_by', { exact: r.date, bound: r.released_by }, 'it shipped'), always)
    .transform((r): Release => ({ version: r.version, date: (r.date ?? r.released_by)!, exact: r.date !== undefined, security: r.security }));

const PHASES = ['active_support_until', 'security_support_until', 'extended_support_until'] as const;

const branchFields = strict({
  /** The branch, major.minor: "5.2". */
  branch: z
    .string({ error: (i) => (i.input === undefined ? 'is required (add the branch such as "5.2", quoted)' : `found ${shown(i.input)}, want a quoted "major.minor" such as "5.2"`) })
    .regex(/^\d+\.\d+$/, { error: (i) => `found ${shown(i.input)}, want "major.minor" such as "5.2"` })
    .describe('The branch, major.minor, quoted: "5.2".'),
  /** The package whose version line this is; needed wherever the site has more than one version line. */
  package: z
    .string({ error: (i) => `found ${shown(i.input)}, want a package name from site.yaml's packages` })
    .trim()
    .min(1, { error: 'is empty (name a package from site.yaml, or remove package when every package shares this line)' })
    .optional()
    .describe('The package whose version line this branch is, one of site.yaml\'s packages. Needed wherever the site has more than one version line; omit it when every package shares one line.'),
  /** First release of the branch. Give this or released_by. */
  released: calendarDate().optional().describe('The day of the branch\'s first release. Give released or released_by, not both.'),
  /** An upper bound on the first release. */
  released_by: calendarDate().optional().describe('Instead of released, when only an upper bound is known: the branch had its first release by this day (shown as "by <date>").'),
  /** End of bug fixes and features. Omit while no end is announced (the branch is then active). */
  active_support_until: supportEnd().optional().describe('End of bug fixes and features: a date, or unknown when it is over but the day is not recorded. Omit while no end is announced.'),
  /** End of security fixes. Omit while no end is announced. */
  security_support_until: supportEnd().optional().describe('End of security fixes from the project: a date, or unknown. Omit while no end is announced.'),
  /** End of paid extended (ELTS) support, if offered. */
  extended_support_until: supportEnd().optional().describe('End of paid extended support, if it is offered: a date, or unknown. Omit when none is offered.'),
  /** Long-term support branch; default false. */
  lts: flag().describe('A long-term support branch. Default false.'),
  /** The branch's releases. */
  releases: z.array(release()).default([]).describe('The branch\'s releases. Default [].'),
});

export const branchSchema = branchFields
  .meta(oneOf('released', 'released_by'))
  .superRefine((b, ctx) => {
    oneDate(ctx, 'released', 'released_by', { exact: b.released, bound: b.released_by }, 'of its first release');
    const start = b.released ?? b.released_by;
    const order: [string, unknown][] = [['released', start], ...PHASES.map((p): [string, unknown] => [p, b[p]])];
    let previous: [string, Date] | undefined;
    for (const [field, at] of order) {
      if (!isDate(at)) continue;
      if (previous && at < previous[1]) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `${isoDate(at)} is before ${previous[0]} ${isoDate(previous[1])} (support ends on or after the release and the previous support phase; correct the date)`,
        });
      }
      previous = [field, at];
    }
  }, always)
  .transform(({ released, released_by, ...b }): Branch => ({ ...b, id: branchId(b), released: (released ?? released_by)!, released_exact: released !== undefined }));

/** The fields of one branch as written, for reading what parsed of a branch that failed. */
export const branchShape = branchFields.shape;

true satisfies Produces<typeof branchSchema, Branch>;
true satisfies Produces<ReturnType<typeof release>, Release>;
