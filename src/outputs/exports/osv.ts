/**
 * OSV 1.7 records (https://ossf.github.io/osv-schema/) and the `/osv/all.json` index that
 * OSV.dev's REST source reads. One record per public advisory; the tests validate every record
 * against the official schema.
 */
import { isoInstant } from '../../domain/dates.ts';
import { absolute, paths } from '../../domain/urls.ts';
import type { VersionRange } from '../../domain/versions.ts';
import type { Site } from '../../domain/model.ts';
import { type ExportAdvisory, lastModified, requireOne, requireSome } from './record.ts';

export const OSV_SCHEMA_VERSION = '1.7.5';

type OsvEvent = { introduced: string } | { fixed: string } | { last_affected: string };

export interface OsvRecord {
  schema_version: string;
  id: string;
  modified: string;
  published: string;
  withdrawn?: string;
  aliases: string[];
  summary: string;
  details: string;
  severity?: { type: 'CVSS_V3' | 'CVSS_V4'; score: string }[];
  affected: {
    package: { ecosystem: string; name: string; purl?: string };
    ranges?: { type: 'ECOSYSTEM'; events: OsvEvent[] }[];
    versions?: string[];
  }[];
  references: { type: string; url: string }[];
  credits?: { name: string; type: string; contact?: string[] }[];
  database_specific: {
    url: string;
    severity: string;
    /** CWE ids, where GitHub's records keep them. */
    cwe_ids?: string[];
    risk?: { vector: string; score: number; level: string };
  };
}

/**
 * One ECOSYSTEM range per content range. OSV forbids `fixed` and `last_affected` in one range;
 * the content schema refuses that too, and this refuses it again so no record can carry it.
 */
export function osvRange(range: VersionRange, where: string): { type: 'ECOSYSTEM'; events: OsvEvent[] } {
  if (range.fixed !== undefined && range.last_affected !== undefined) {
    throw new Error(`${where}: a range has both fixed ${range.fixed} and last_affected ${range.last_affected} (OSV allows one)`);
  }
  const events: OsvEvent[] = [{ introduced: range.introduced }];
  if (range.fixed !== undefined) events.push({ fixed: range.fixed });
  if (range.last_affected !== undefined) events.push({ last_affected: range.last_affected });
  return { type: 'ECOSYSTEM', events };
}

/** Package URLs for the ecosystems that have a purl type this site can name. */
function purl(ecosystem: string, name: string): string | undefined {
  if (ecosystem === 'Packagist') return `pkg:composer/${name.split('/').map(encodeURIComponent).join('/')}`;
  if (ecosystem === 'npm') return `pkg:npm/${name.startsWith('@') ? `%40${name.slice(1)}` : name}`;
  return undefined;
}

export function toOsv(advisory: ExportAdvisory, site: Site): OsvRecord {
  const { id, data } = requireOne(advisory, 'OSV record');
  const url = absolute(site.url, paths.advisory(id));
  const ecosystems = new Map(site.packages.map((p) => [p.name, p.ecosystem]));
  const record: OsvRecord = {
    schema_version: OSV_SCHEMA_VERSION,
    id,
    modified: isoInstant(lastModified(data)),
    published: isoInstant(data.published),
    ...(data.withdrawn ? { withdrawn: isoInstant(data.withdrawn) } : {}),
    aliases: [...data.cve, ...data.ghsa, ...data.aliases],
    summary: data.title,
    details: advisory.body.trim(),
    ...(data.cvss.length > 0
      ? { severity: data.cvss.map((c) => ({ type: c.version === '4.0' ? ('CVSS_V4' as const) : ('CVSS_V3' as const), score: c.vector })) }
      : {}),
    affected: requireSome(data.affected, `${id}: affected`).map((pkg) => {
      const ecosystem = ecosystems.get(pkg.package);
      if (!ecosystem) throw new Error(`${id}: package ${pkg.package} is not listed in site.yaml`);
      const p = purl(ecosystem, pkg.package);
      return {
        package: { ecosystem, name: pkg.package, ...(p ? { purl: p } : {}) },
        ...(pkg.ranges.length > 0 ? { ranges: pkg.ranges.map((r) => osvRange(r, `${id}: ${pkg.package}`)) } : {}),
        ...(pkg.versions.length > 0 ? { versions: [...pkg.versions] } : {}),
      };
    }),
    references: [
      { type: 'ADVISORY', url },
      ...data.references.filter((r) => r.url !== url).map((r) => ({ type: r.type.toUpperCase(), url: r.url })),
    ],
    ...(data.credits.length > 0
      ? {
          credits: data.credits.map((c) => ({
            name: c.name,
            type: c.type.toUpperCase(),
            ...(c.contact.length > 0 ? { contact: [...c.contact] } : {}),
          })),
        }
      : {}),
    database_specific: {
      url,
      severity: advisory.headline.label,
      ...(data.cwe.length > 0 ? { cwe_ids: [...data.cwe] } : {}),
      ...(data.risk ? { risk: { vector: data.risk.vector, score: data.risk.score, level: data.risk.level } } : {}),
    },
  };
  return record;
}

/** OSV.dev's REST source layout: every record's id and modified time, sorted by id. */
export function osvIndex(advisories: readonly ExportAdvisory[]): { id: string; modified: string }[] {
  // An empty list is a valid index (a site before its first disclosure); a missing one is a bug.
  return requireOne(advisories, 'OSV index')
    .map((a) => ({ id: a.id, modified: isoInstant(lastModified(a.data)) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export const osvJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
