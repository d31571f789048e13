/**
 * Advisory frontmatter (content format v1). Field names are part of the contract (README, "Frontmatter").
 * Shapes are normalised here: vectors come out scored, lists default to empty, dates are Dates.
 * Rules that need other files (ids, aliases, releases, components) live in src/corpus/rules.ts.
 */
import { z } from 'astro/zod';
import { always, isDate, isText, strict } from './strict.ts';
import { instant } from './instant.ts';
import { riskLevelName, riskVector } from './risk.ts';
import { cvssVectors } from './cvss.ts';
import { aliasList, cveList, cweList, ghsaList } from './identifiers.ts';
import { affected } from './affected.ts';
import { credits } from './credits.ts';
import { references } from './references.ts';
import { timeline } from './timeline.ts';
import { revisions } from './revisions.ts';
import { isoInstant } from '../../domain/dates.ts';
import { shown } from '../problems.ts';
import { type Advisory, SEVERITY_LABELS, STATUSES } from '../../domain/model.ts';
import type { Produces } from './strict.ts';

export { SEVERITY_LABELS, STATUSES };
export type { Advisory };

export const TITLE_MAX = 120;

const text = (what: string) =>
  z.string({ error: (i) => (i.input === undefined ? `is required (add ${what})` : `found ${shown(i.input)}, want ${what}`) }).trim();

export const advisorySchema = strict({
  title: text('a short title').min(1, { error: 'is empty (add a short title)' }).max(TITLE_MAX, {
    error: (i) => `is ${String(i.input).length} characters long, want at most ${TITLE_MAX} (shorten it)`,
  }).describe('A phrase naming the flaw, at most 120 characters: "Stored XSS in the email builder".'),
  summary: text('one or two sentences for listings and feeds').min(1, { error: 'is empty (add one or two sentences)' }).describe('One or two sentences for listings and feeds.'),
  status: z.enum(STATUSES, {
    error: (i) => (i.input === undefined ? `is required (add one of ${STATUSES.join(' | ')})` : `found ${shown(i.input)}, want one of ${STATUSES.join(' | ')}`),
  }).describe('draft | embargoed | published | withdrawn. Only published and withdrawn advisories can become public.'),
  published: instant().describe('The disclosure instant; the advisory stays private until then.'),
  updated: instant().optional().describe('Last substantive change, if any.'),
  withdrawn: instant().optional().describe('When it was withdrawn; required exactly when status is withdrawn.'),
  risk: riskVector().optional().describe('NIST IR 7864 risk vector, each of AC, A, CI, II, E and TD once: AC:Basic/A:User/CI:Some/II:Some/E:Theoretical/TD:Default. Scored 0-25 and banded into a level.'),
  risk_level: riskLevelName().optional().describe('Optional. When given it must equal the level computed from risk, e.g. Moderately critical.'),
  cvss: cvssVectors().optional().transform((v) => v ?? []).describe('One CVSS 3.0, 3.1 or 4.0 vector, or a list with at most one per version. Default: none.'),
  severity: z
    .enum(SEVERITY_LABELS, { error: (i) => `found ${shown(i.input)}, want one of ${SEVERITY_LABELS.join(' | ')}` })
    .optional().describe('low | moderate | high | critical, for records that carry no vector at all.'),
  cve: cveList().describe('CVE aliases. Default [].'),
  ghsa: ghsaList().describe('GHSA aliases. Default [].'),
  aliases: aliasList().describe('Other databases\' ids for the same flaw (PYSEC-…, GO-…, RUSTSEC-…, OSV-…), exported as OSV aliases. Default [].'),
  cwe: cweList().describe('CWE weakness ids. Default [].'),
  components: z.array(text('a component name')).default([]).describe('Component names from site.yaml. Default [].'),
  affected: affected().describe('At least one package with its affected ranges or versions.'),
  credits: credits().describe('People and organisations to credit. Default [].'),
  timeline: timeline().optional().describe('How the report was handled.'),
  references: references().describe('Links, typed as in OSV. Default [].'),
  revisions: revisions().describe('Dated notes on changes after publication. Default [].'),
  source: strict({
    id: z.string().min(1).describe('The OSV id of the record imported.'),
    modified: instant().describe('The record\'s modified instant as last imported.'),
    prose: strict({ title: z.string(), summary: z.string(), body: z.string() }).describe('Digests of the prose as imported; a field whose digest no longer matches was edited here and is kept on re-import.'),
  })
    .optional()
    .describe('Written by npm run import: the OSV record this advisory came from. Leave it as it is.'),
})
  .superRefine((a, ctx) => {
    // A field that failed its own check still counts as given here.
    const cvssGiven = !(Array.isArray(a.cvss) && a.cvss.length === 0);
    if (a.risk === undefined && !cvssGiven && a.severity === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['risk'],
        message: 'none of risk, cvss and severity is given (add a NIST IR 7864 risk vector, a CVSS vector, or a severity label)',
      });
    }
  }, always)
  .superRefine((a, ctx) => {
    const risk = a.risk as Partial<typeof a.risk> | undefined;
    if (isText(a.risk_level) && a.risk === undefined) {
      ctx.addIssue({ code: 'custom', path: ['risk_level'], message: 'is given without risk (add the risk vector it comes from, or remove it)' });
    } else if (isText(a.risk_level) && isText(risk?.level) && a.risk_level !== risk.level) {
      ctx.addIssue({
        code: 'custom',
        path: ['risk_level'],
        message: `found "${a.risk_level}", want "${risk.level}" (the risk vector scores ${risk.score}/25; correct the level or remove it)`,
      });
    }
  }, always)
  .superRefine((a, ctx) => {
    if (!STATUSES.includes(a.status)) return;
    if (a.status === 'withdrawn' && a.withdrawn === undefined) {
      ctx.addIssue({ code: 'custom', path: ['withdrawn'], message: 'is missing while status is withdrawn (add the instant it was withdrawn)' });
    }
    if (a.status !== 'withdrawn' && a.withdrawn !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['withdrawn'],
        message: `is set while status is ${a.status} (remove it, or set status: withdrawn)`,
      });
    }
  }, always)
  .superRefine((a, ctx) => {
    if (!isDate(a.published)) return;
    for (const field of ['withdrawn', 'updated'] as const) {
      const at = a[field];
      if (isDate(at) && at < a.published) {
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: `${isoInstant(at)} is before published ${isoInstant(a.published)} (correct the dates)`,
        });
      }
    }
    const fixedAt = (a.timeline as { fixed?: unknown } | undefined)?.fixed;
    if (isDate(fixedAt) && fixedAt > a.published) {
      ctx.addIssue({
        code: 'custom',
        path: ['timeline', 'fixed'],
        message: `${isoInstant(fixedAt)} is after published ${isoInstant(a.published)} (an advisory is published once the fix exists; correct the dates)`,
      });
    }
  }, always);

true satisfies Produces<typeof advisorySchema, Advisory>;
