/**
 * Dates and instants in frontmatter and YAML. YAML parsers hand over either a `Date` or a string;
 * both become a `Date`. A date alone means 00:00 UTC of that day.
 */
import { z } from 'astro/zod';
import { parseInstant } from '../../domain/dates.ts';
import { shown } from '../problems.ts';

// What editors see (JSON Schema): a string; the strict check happens in the transform.
const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const INSTANT_PATTERN = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$';

function dateLike(want: string, example: string, pattern: string) {
  return z.unknown().transform((value, ctx): Date => {
    if (value === undefined) {
      ctx.issues.push({ code: 'custom', message: `is required (add ${want}, e.g. ${example})`, input: value });
      return z.NEVER;
    }
    if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
    const parsed = typeof value === 'string' ? parseInstant(value) : undefined;
    if (parsed) return parsed;
    ctx.issues.push({
      code: 'custom',
      message: `found ${shown(value)}, want ${want} (write it like ${example})`,
      input: value,
    });
    return z.NEVER;
  }).meta({ type: 'string', pattern, examples: [example.split(' or ')[0]] });
}

/** An instant: `2025-05-14T14:00:00Z`, or a date alone for 00:00 UTC. */
export const instant = () => dateLike('an ISO-8601 instant or date', '2025-05-14T14:00:00Z or 2025-05-14', INSTANT_PATTERN);

/** A calendar date: `2025-05-14` (an instant is accepted and kept as given). */
export const calendarDate = () => dateLike('an ISO-8601 date', '2025-05-14', DATE_PATTERN);
