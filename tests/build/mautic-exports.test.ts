// The default Mautic site: its 59 OSV records and CSAF documents against the public records in
// tests/fixtures/upstream/mautic-advisories.json and the official schemas.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { files, ROOT, sharedBuild, type BuildResult } from '../helpers/build.ts';
import { UPSTREAM, csafProblems, osvValidator, readJson } from '../helpers/exports.ts';
import type { OsvRecord } from '../../src/outputs/exports/osv.ts';

interface SourceRecord {
  ghsa_id: string;
  cve_ids: string[];
  withdrawn: string | null;
  affected: { package: string; ranges: { fixed: string | null }[] }[];
  newer_github_api_values?: { cve_ids?: string[] } | null;
}

const SOURCE = readJson<SourceRecord[]>(path.join(UPSTREAM, 'mautic-advisories.json'));

/**
 * Documented choices of the default content (tests/fixtures/upstream/README.md and releases.yaml):
 * - where a record has `newer_github_api_values`, the newer values win, so GHSA-qf6m-6m4g-rmrc's
 *   CVE is CVE-2022-25770 and the withdrawn duplicate GHSA-5hc5-fxr9-5frc has no CVE;
 * - GHSA-fcmw-wx57-9p75 and GHSA-jmv8-8j9j-rcpc leave the 4.x range open; the CVE records close
 *   it at 4.4.20 (an extended-support release), and the content follows the CVE records.
 */
const CLOSED_AT_4_4_20 = new Set(['GHSA-fcmw-wx57-9p75', 'GHSA-jmv8-8j9j-rcpc']);
const expectedCves = (r: SourceRecord) => r.newer_github_api_values?.cve_ids ?? r.cve_ids;
function expectedFixed(r: SourceRecord): string[] {
  const fixed = r.affected.flatMap((a) => a.ranges.map((x) => x.fixed)).filter((v): v is string => v !== null);
  if (CLOSED_AT_4_4_20.has(r.ghsa_id)) fixed.push('4.4.20');
  return [...new Set(fixed)].sort();
}
function fixedIn(osv: OsvRecord): string[] {
  const events = osv.affected.flatMap((a) => (a.ranges ?? []).flatMap((r) => r.events));
  return [...new Set(events.flatMap((e) => ('fixed' in e ? [e.fixed] : [])))].sort();
}

let r: BuildResult;
let records: OsvRecord[];
beforeAll(() => {
  r = sharedBuild(path.join(ROOT, 'content'), '2026-11-29T00:00:00Z');
  records = files(r.outDir)
    .filter((f) => /^osv\/MAUTIC-SA-.*\.json$/.test(f))
    .map((f) => readJson<OsvRecord>(path.join(r.outDir, f)));
});

describe('the default Mautic site', () => {
  it('builds 59 OSV records, each valid against the official schema', () => {
    expect(r.status, r.output).toBe(0);
    expect(records).toHaveLength(59);
    const validate = osvValidator();
    for (const osv of records) expect(validate(osv), `${osv.id}: ${JSON.stringify(validate.errors)}`).toBe(true);
    expect(readJson<unknown[]>(path.join(r.outDir, 'osv/all.json'))).toHaveLength(59);
  });

  it('never writes a range with both fixed and last_affected', () => {
    for (const osv of records) {
      for (const range of osv.affected.flatMap((a) => a.ranges ?? [])) {
        const kinds = range.events.map((e) => Object.keys(e)[0]);
        expect(kinds.includes('fixed') && kinds.includes('last_affected'), osv.id).toBe(false);
      }
    }
  });

  it('carries the GHSA and CVE aliases and the fixed versions of every public record', () => {
    expect(SOURCE).toHaveLength(59);
    const byGhsa = new Map(records.flatMap((osv) => osv.aliases.filter((a) => a.startsWith('GHSA-')).map((g) => [g, osv] as const)));
    for (const source of SOURCE) {
      const osv = byGhsa.get(source.ghsa_id);
      expect(osv, source.ghsa_id).toBeDefined();
      expect(osv!.aliases.filter((a) => a.startsWith('CVE-')).sort(), source.ghsa_id).toEqual([...expectedCves(source)].sort());
      expect(fixedIn(osv!), source.ghsa_id).toEqual(expectedFixed(source));
      expect(osv!.withdrawn !== undefined, source.ghsa_id).toBe(source.withdrawn !== null);
    }
    expect(byGhsa.get('GHSA-qf6m-6m4g-rmrc')!.aliases).toContain('CVE-2022-25770');
    expect(byGhsa.get('GHSA-5hc5-fxr9-5frc')!.aliases.filter((a) => a.startsWith('CVE-'))).toEqual([]);
    expect(fixedIn(byGhsa.get('GHSA-fcmw-wx57-9p75')!)).toContain('4.4.20');
  });

  it('writes 59 CSAF documents that pass the mandatory tests', async () => {
    const docs = files(r.outDir).filter((f) => /^\.well-known\/csaf\/white\/\d{4}\/.*\.json$/.test(f));
    expect(docs).toHaveLength(59);
    for (const f of docs) expect(await csafProblems(readJson(path.join(r.outDir, f))), f).toEqual([]);
  });
});
