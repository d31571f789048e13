/**
 * The build instant. `DISCLOSE_NOW` (ISO 8601) pins it, so a build can preview the site as of
 * any moment; otherwise it is the clock. Every time-dependent decision takes it from here.
 */
import { parseInstant } from '../domain/dates.ts';

export function buildInstant(env: Record<string, string | undefined> = process.env): Date {
  const raw = env.DISCLOSE_NOW;
  if (raw === undefined || raw.trim() === '') return new Date();
  const d = parseInstant(raw);
  if (!d) {
    throw new Error(
      `DISCLOSE_NOW: ${JSON.stringify(raw)} is not an ISO-8601 date or instant (want e.g. 2025-05-14T14:00:00Z)`,
    );
  }
  return d;
}
