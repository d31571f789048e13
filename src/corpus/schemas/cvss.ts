/**
 * `cvss`: one CVSS vector or a list (3.0, 3.1 or 4.0), normalised to a list of scored vectors.
 * Scores come from ae-cvss-calculator via src/domain/cvss.ts; nothing here computes a score by hand.
 */
import { z } from 'astro/zod';
import { type Cvss, parseCvss } from '../../domain/cvss.ts';
import { shown } from '../problems.ts';

const VECTOR = { type: 'string', pattern: '^CVSS:(3\\.0|3\\.1|4\\.0)/', examples: ['CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N'] };

export const cvssVectors = () =>
  z.unknown().transform((value, ctx): Cvss[] => {
    const list = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(list) || list.length === 0) {
      ctx.issues.push({
        code: 'custom',
        message: `found ${shown(value)}, want a CVSS vector such as CVSS:3.1/AV:N/AC:L/PR:L/UI:R/S:C/C:L/I:L/A:N, or a list of them`,
        input: value,
      });
      return z.NEVER;
    }
    const out: Cvss[] = [];
    const versions = new Set<string>();
    list.forEach((item, index) => {
      const path = typeof value === 'string' ? [] : [index];
      if (typeof item !== 'string') {
        ctx.issues.push({ code: 'custom', path, message: `found ${shown(item)}, want a CVSS vector string`, input: item });
        return;
      }
      const result = parseCvss(item);
      if (!result.ok) {
        for (const error of result.errors) ctx.issues.push({ code: 'custom', path, message: error, input: item });
        return;
      }
      if (versions.has(result.cvss.version)) {
        ctx.issues.push({
          code: 'custom',
          path,
          message: `a second CVSS ${result.cvss.version} vector (give at most one vector per CVSS version)`,
          input: item,
        });
        return;
      }
      versions.add(result.cvss.version);
      out.push(result.cvss);
    });
    return out;
  }).meta({ anyOf: [VECTOR, { type: 'array', items: VECTOR, minItems: 1 }] });
