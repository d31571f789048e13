/**
 * Pre-announcement frontmatter: notice of an upcoming security release. The notice-period rule
 * needs site.yaml, so it is checked in src/corpus/rules.ts.
 */
import { z } from 'astro/zod';
import { strict } from './strict.ts';
import { calendarDate, instant } from './instant.ts';
import { riskLevelName } from './risk.ts';
import { shown } from '../problems.ts';
import type { Produces } from './strict.ts';
import type { Announcement } from '../../domain/model.ts';

export type { Announcement };

export const announcementSchema = strict({
  /** Title: "Security release for 5.2 and 6.0 on 2025-11-18". */
  title: z.string({ error: (i) => (i.input === undefined ? 'is required (add a title)' : `found ${shown(i.input)}, want a title`) }).min(1),
  /** When the announcement goes out. */
  published: instant(),
  /** The day of the security release. */
  release_date: calendarDate(),
  /** Branches that get releases, e.g. ["5.2", "6.0"]. */
  branches: z.array(z.string({ error: (i) => `found ${shown(i.input)}, want a branch such as "5.2"` })).min(1, { error: 'is empty (list the branches that get releases)' }),
  /** Highest risk level among the fixes. */
  highest_risk: riskLevelName(),
});

true satisfies Produces<typeof announcementSchema, Announcement>;
