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
 * Whole-object rules run even when some fields failed, so every problem in a file is reported in
 * one pass. Each rule therefore checks that the values it reads are usable (a field that failed
 * its own check holds no usable value) and stays silent otherwise: that field's own rule has
 * already reported it.
 */
export const always = { when: () => true } as const;

export const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());
export const isText = (value: unknown): value is string => typeof value === 'string';
