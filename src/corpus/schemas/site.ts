/** `site.yaml`: one site's settings. Every field is described for the people who edit it. */
import { z } from 'astro/zod';
import type { Duration } from 'date-fns';
import { strict } from './strict.ts';
import { parseDuration } from '../../domain/dates.ts';
import { shown } from '../problems.ts';
import type { Produces } from './strict.ts';
import type { Site } from '../../domain/model.ts';

export type { Site };

const text = (what: string) =>
  z.string({ error: (i) => (i.input === undefined ? `is required (add ${what})` : `found ${shown(i.input)}, want ${what}`) }).trim().min(1, { error: `is empty (add ${what})` });

const duration = (example: string) =>
  z.unknown().transform((value, ctx): { iso: string; duration: Duration } => {
    const parsed = typeof value === 'string' ? parseDuration(value) : undefined;
    if (parsed) return { iso: (value as string).trim(), duration: parsed };
    ctx.issues.push({ code: 'custom', message: `found ${shown(value)}, want an ISO-8601 duration such as ${example}`, input: value });
    return z.NEVER;
  });

const contact = () =>
  text('a mailto: or https: address').refine((v) => /^mailto:[^@\s]+@[^@\s]+$/.test(v) || /^https:\/\/\S+$/.test(v), {
    error: (i) => `found ${shown(i.input)}, want a mailto: or https: address such as mailto:security@example.org`,
  });

export const siteSchema = strict({
  /** The site's name, shown in the header and feeds: "Mautic Security Advisories". */
  name: text('the site name'),
  /** The project the advisories are about: "Mautic". */
  project: text('the project name'),
  /** Canonical origin, without a trailing path: https://security.example.org */
  url: text('the canonical origin such as https://security.example.org').refine((v) => {
    try {
      const u = new URL(v);
      return (u.protocol === 'https:' || u.protocol === 'http:') && (u.pathname === '/' || u.pathname === '');
    } catch {
      return false;
    }
  }, { error: (i) => `found ${shown(i.input)}, want an origin such as https://security.example.org (no path)` }),
  /** Prefix of advisory ids: MAUTIC-SA gives MAUTIC-SA-2025-001. */
  id_prefix: text('the advisory id prefix such as MAUTIC-SA').regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, {
    error: (i) => `found ${shown(i.input)}, want capitals, digits and hyphens such as MAUTIC-SA`,
  }),
  /** Where reports go: mailto: or https:. */
  contact: contact(),
  /** Packages advisories may name, with their OSV ecosystem. */
  packages: z
    .array(strict({ name: text('the package name'), ecosystem: text('the OSV ecosystem such as Packagist') }))
    .min(1, { error: 'is empty (list at least one package)' }),
  /** Allowed component names for advisories' `components`: lower-case slugs, since each names a feed URL and category. Default []. */
  components: z
    .array(
      text('a component name').regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
        error: (i) => `found ${shown(i.input)}, want a lower-case slug such as email-builder (it becomes /feeds/component/<name>/)`,
      }),
    )
    .default([]),
  /** Response targets as ISO-8601 durations. */
  targets: strict({
    /** Acknowledge a report within: PT24H. */
    acknowledge: duration('PT24H'),
    /** Give a further answer within: P7D. */
    respond: duration('P7D'),
    /** Resolve within: P21D. */
    resolve: duration('P21D'),
  }),
  /** Scheduled security releases. */
  security_releases: strict({
    /** Months (1–12) of scheduled security releases; default [2, 5, 8, 11]. */
    months: z.array(z.number().int().min(1).max(12, { error: 'want a month number from 1 to 12' })).min(1).default([2, 5, 8, 11]),
    /** Days of public notice an unscheduled release needs; default 14. */
    notice_days: z.number().int().min(0).default(14),
  }).default({ months: [2, 5, 8, 11], notice_days: 14 }),
  /** security.txt settings (RFC 9116). */
  security_txt: strict({
    /** Days from the build until Expires; default 180. */
    expires_days: z.number().int().min(1).max(365, { error: 'want at most 365 days (RFC 9116 advises less than a year)' }).default(180),
    /** Preferred-Languages; default [en]. */
    languages: z.array(text('a language tag such as en')).default(['en']),
  }).default({ expires_days: 180, languages: ['en'] }),
  /** Where users of unsupported versions can buy extended support. */
  extended_support_url: text('an https URL').optional(),
  /** Slug of the security policy page in pages/, linked from security.txt and the footer. */
  policy_page: text('a page slug').optional(),
});

true satisfies Produces<typeof siteSchema, Site>;
