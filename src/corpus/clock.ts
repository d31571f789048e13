/**
 * The build instant. `DISCLOSE_NOW` (ISO 8601) pins it, so a build can preview the site as of
 * any moment; otherwise it is the clock, read once. Only the snapshot (snapshot.ts) asks for it,
 * so one build or command has one instant (README, "Environment variables").
 */
import { parseInstant } from '../domain/dates.ts';

/** Where the current time comes from; tests pass one that counts its reads. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export function buildInstant(env: Record<string, string | undefined> = process.env, clock: Clock = systemClock): Date {
  const raw = env.DISCLOSE_NOW;
  if (raw === undefined || raw.trim() === '') return clock();
  const d = parseInstant(raw);
  if (!d) {
    throw new Error(
      `DISCLOSE_NOW: ${JSON.stringify(raw)} is not an ISO-8601 date or instant (want e.g. 2025-05-14T14:00:00Z)`,
    );
  }
  return d;
}
