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
/**
 * Compile-time proof that a schema produces exactly a shape of src/domain/model.ts, so the rest
 * of the code can depend on the model instead of the schemas: `true satisfies Produces<S, T>`.
 */
export type Produces<S extends z.ZodType, T> = [z.output<S>] extends [T] ? ([T] extends [z.output<S>] ? true : false) : false;

export const always = { when: () => true } as const;

export const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());
export const isText = (value: unknown): value is string => typeof value === 'string';
