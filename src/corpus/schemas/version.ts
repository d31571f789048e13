/** Versions as semver strings: `5.2.3`, `5.0.0-alpha`. YAML numbers such as `5.2` are refused. */
import { z } from 'astro/zod';
import { isVersion } from '../../domain/versions.ts';
import { shown } from '../problems.ts';

const SEMVER = '^\\d+\\.\\d+\\.\\d+(-[0-9A-Za-z.-]+)?(\\+[0-9A-Za-z.-]+)?$';

export const version = () =>
  z.unknown().transform((value, ctx): string => {
    if (typeof value === 'string' && isVersion(value)) return value;
    ctx.issues.push({
      code: 'custom',
      message:
        value === undefined
          ? 'is required (add a version such as 5.2.3)'
          : `found ${shown(value)}, want a semantic version such as 5.2.3 or 5.0.0-alpha (write all three numbers)`,
      input: value,
    });
    return z.NEVER;
  }).meta({ type: 'string', pattern: SEMVER, examples: ['5.2.3'] });

/** The start of a range: a version, or "0" for "from the first version". */
export const introducedVersion = () =>
  z.unknown().transform((value, ctx): string => {
    if (value === '0' || value === 0) return '0';
    if (typeof value === 'string' && isVersion(value)) return value;
    ctx.issues.push({
      code: 'custom',
      message:
        value === undefined
          ? 'is required (add the first affected version, or "0" for every version)'
          : `found ${shown(value)}, want a semantic version such as 5.0.0 or "0" for every version`,
      input: value,
    });
    return z.NEVER;
  }).meta({ anyOf: [{ const: '0' }, { type: 'string', pattern: SEMVER }], examples: ['5.0.0', '0'] });
