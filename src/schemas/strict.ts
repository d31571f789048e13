/**
 * Strict objects: a misspelt key is an error, never silently dropped. The error carries the
 * allowed keys so the report can say what was meant (see format-issues.ts).
 */
import { z } from 'astro/zod';

export const ALLOWED_KEYS_PREFIX = 'allowed-keys:';

export function strict<Shape extends z.ZodRawShape>(shape: Shape) {
  const allowed = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys' ? `${ALLOWED_KEYS_PREFIX}${JSON.stringify(allowed)}` : undefined,
  });
}

/**
 * Runs a whole-object rule only when the fields it reads passed their own checks, so a broken
 * field is reported once, by its own rule, while the other rules still run.
 */
export function whenValid(...fields: string[]) {
  return (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    !payload.issues.some((i) => i.path !== undefined && fields.includes(String(i.path[0])));
}
