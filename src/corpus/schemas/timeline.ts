/**
 * `timeline`: how the report was handled, for the response-target display. Steps are optional,
 * but the ones given must be in order: reported ≤ acknowledged ≤ first_response ≤ fixed.
 * (`published` is the advisory's own field and is checked against `fixed` in advisory.ts.)
 */
import { always, isDate, strict } from './strict.ts';
import { instant } from './instant.ts';
import { isoInstant } from '../../domain/dates.ts';
import { TIMELINE_STEPS } from '../../domain/model.ts';

export { TIMELINE_STEPS };

export const timeline = () =>
  strict({
    /** When the report reached the security team. */
    reported: instant().optional(),
    /** When the team acknowledged it (target: `targets.acknowledge`). */
    acknowledged: instant().optional(),
    /** The first substantive answer (target: `targets.respond`). */
    first_response: instant().optional(),
    /** When the fix was ready (target: `targets.resolve`). */
    fixed: instant().optional(),
  }).superRefine((t, ctx) => {
    let previous: { step: string; at: Date } | undefined;
    for (const step of TIMELINE_STEPS) {
      const at = t[step];
      if (!isDate(at)) continue;
      if (previous && at < previous.at) {
        ctx.addIssue({
          code: 'custom',
          path: [step],
          message: `${isoInstant(at)} is before ${previous.step} ${isoInstant(previous.at)} (want ${TIMELINE_STEPS.join(' <= ')}; correct the dates)`,
        });
      }
      previous = { step, at };
    }
  }, always);
