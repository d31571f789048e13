/**
 * `risk`: a NIST IR 7864 vector, normalised to its metrics, score (0–25) and level.
 * `risk_level`: optional; when given it must equal the computed level (checked in advisory.ts).
 */
import { z } from 'astro/zod';
import { RISK_LEVEL_NAMES, type Risk, parseRisk } from '../../domain/risk.ts';
import { shown } from '../problems.ts';

export const riskVector = () =>
  z.unknown().transform((value, ctx): Risk => {
    if (typeof value !== 'string') {
      ctx.issues.push({
        code: 'custom',
        message: `found ${shown(value)}, want a NIST IR 7864 vector such as AC:Basic/A:User/CI:Some/II:Some/E:Theoretical/TD:Default`,
        input: value,
      });
      return z.NEVER;
    }
    const result = parseRisk(value);
    if (result.ok) return result.risk;
    for (const error of result.errors) ctx.issues.push({ code: 'custom', message: error, input: value });
    return z.NEVER;
  }).meta({
    type: 'string',
    pattern: '^(AC|A|CI|II|E|TD):[A-Za-z]+(/(AC|A|CI|II|E|TD):[A-Za-z]+){5}$',
    examples: ['AC:Basic/A:User/CI:Some/II:Some/E:Theoretical/TD:Default'],
  });

export const riskLevelName = () =>
  z.unknown().transform((value, ctx) => {
    const match = RISK_LEVEL_NAMES.find((l) => typeof value === 'string' && l.toLowerCase() === value.trim().toLowerCase());
    if (match) return match;
    ctx.issues.push({
      code: 'custom',
      message: `found ${shown(value)}, want one of ${RISK_LEVEL_NAMES.join(' | ')}`,
      input: value,
    });
    return z.NEVER;
  }).meta({ type: 'string', enum: RISK_LEVEL_NAMES });
