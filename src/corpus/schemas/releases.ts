/**
 * `releases.yaml`: release branches, newest first, each with its support dates and releases.
 * Support ends may equal the release date (a branch superseded on its first day) but not precede it.
 */
import { z } from 'astro/zod';
import { always, isDate, isText, strict } from './strict.ts';
import { calendarDate } from './instant.ts';
import { version } from './version.ts';
import { isoDate } from '../../domain/dates.ts';
import { branchOf } from '../../domain/versions.ts';
import { shown } from '../problems.ts';
import type { Produces } from './strict.ts';
import type { Branch, Release } from '../../domain/model.ts';

export type { Branch, Release };

export const release = () =>
  strict({
    /** The version: 5.2.3. */
    version: version(),
    /** Release date; a release dated in the future is not yet released. */
    date: calendarDate(),
    /** Whether it is a security release; default false. */
    security: z.boolean({ error: (i) => `found ${shown(i.input)}, want true or false` }).default(false),
  });

export const branchSchema = strict({
  /** The branch, major.minor: "5.2". */
  branch: z
    .string({ error: (i) => (i.input === undefined ? 'is required (add the branch such as "5.2", quoted)' : `found ${shown(i.input)}, want a quoted "major.minor" such as "5.2"`) })
    .regex(/^\d+\.\d+$/, { error: (i) => `found ${shown(i.input)}, want "major.minor" such as "5.2"` }),
  /** First release of the branch. */
  released: calendarDate(),
  /** End of bug fixes and features. Omit while no end is announced (the branch is then active). */
  active_support_until: calendarDate().optional(),
  /** End of security fixes. Omit while no end is announced. */
  security_support_until: calendarDate().optional(),
  /** End of paid extended (ELTS) support, if offered. */
  extended_support_until: calendarDate().optional(),
  /** Long-term support branch; default false. */
  lts: z.boolean({ error: (i) => `found ${shown(i.input)}, want true or false` }).default(false),
  /** The branch's releases. */
  releases: z.array(release()).default([]),
}).superRefine((b, ctx) => {
  const order: [keyof typeof b, Date | undefined][] = [
    ['released', b.released],
    ['active_support_until', b.active_support_until],
    ['security_support_until', b.security_support_until],
    ['extended_support_until', b.extended_support_until],
  ];
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
  if (!isText(b.branch) || !Array.isArray(b.releases)) return;
  b.releases.forEach((r, i) => {
    if (isText(r?.version) && branchOf(r.version) !== b.branch) {
      ctx.addIssue({ code: 'custom', path: ['releases', i, 'version'], message: `${r.version} does not belong to branch ${b.branch} (move it to branch ${branchOf(r.version)})` });
    }
  });
}, always);


true satisfies Produces<typeof branchSchema, Branch>;
true satisfies Produces<ReturnType<typeof release>, Release>;
