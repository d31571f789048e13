/**
 * Versions as written: a string with no spaces. Whether it is a version of its package's
 * ecosystem, and how it orders, is checked once the package is known (src/corpus/version-rules.ts,
 * with src/domain/ecosystems.ts): a Composer `4.4.12.1` and a PEP 440 `2.0b1` are both versions,
 * of different kinds. YAML numbers such as `5.2` are refused here, since YAML would have turned
 * `5.10` into 5.1.
 */
import { z } from 'astro/zod';
import { shown } from '../problems.ts';

const TEXT = /^[^\s]+$/;

export const version = () =>
  z.unknown().transform((value, ctx): string => {
    if (typeof value === 'string' && TEXT.test(value)) return value;
    ctx.issues.push({
      code: 'custom',
      message: value === undefined ? 'is required (add a version such as 5.2.3)' : `found ${shown(value)}, want a version written as text such as "5.2.3" (quote it)`,
      input: value,
    });
    return z.NEVER;
  }).meta({ type: 'string', pattern: '^\\S+$', examples: ['5.2.3'] });

/** The start of a range: a version, or "0" for "from the first version". */
export const introducedVersion = () =>
  z.unknown().transform((value, ctx): string => {
    if (value === '0' || value === 0) return '0';
    if (typeof value === 'string' && TEXT.test(value)) return value;
    ctx.issues.push({
      code: 'custom',
      message:
        value === undefined
          ? 'is required (add the first affected version, or "0" for every version)'
          : `found ${shown(value)}, want a version written as text such as "5.0.0", or "0" for every version`,
      input: value,
    });
    return z.NEVER;
  }).meta({ anyOf: [{ const: '0' }, { type: 'string', pattern: '^\\S+$' }], examples: ['5.0.0', '0'] });
