/**
 * One OSV 1.x record as one advisory of content format v1, or the one reason it cannot be: the
 * mapping `npm run import` applies (README, "Use Disclose for your project", lists it field by
 * field). A record maps whole or not at all. Versions are checked with their ecosystem's own
 * ordering (src/domain/ecosystems.ts); nothing here reads or writes files.
 */
import { createHash } from 'node:crypto';
import { type VersionOrdering, orderingOf } from '../../domain/ecosystems.ts';
import { parseCvss } from '../../domain/cvss.ts';
import { CREDIT_TYPES, REFERENCE_TYPES, SEVERITY_LABELS, type CreditType, type Range, type ReferenceType } from '../../domain/model.ts';
import { isoInstant, parseInstant } from '../../domain/dates.ts';
import { firstParagraph, safeMarkdown } from './safe-markdown.ts';

/** The parts of an OSV record the mapping reads; anything else in it is left out (README). */
export interface OsvInput {
  id: string;
  modified: string;
  published?: string;
  withdrawn?: string;
  aliases?: string[];
  summary?: string;
  details?: string;
  severity?: { type: string; score: string }[];
  affected?: {
    package?: { ecosystem?: string; name?: string };
    ranges?: { type?: string; events?: Record<string, string>[] }[];
    versions?: string[];
  }[];
  references?: { type?: string; url?: string }[];
  credits?: { name?: string; type?: string; contact?: string[] }[];
  database_specific?: { severity?: unknown; cwe_ids?: unknown };
}

export interface MappedAdvisory {
  /** The record's own id, kept as an alias and in `source`. */
  upstream: string;
  published: Date;
  modified: Date;
  /** Frontmatter fields in the order they are written. */
  fields: Record<string, unknown>;
  body: string;
  packages: { name: string; ecosystem: string }[];
  /** Every fixed version, with its package: what releases.yaml must hold for the advisory to be public. */
  fixes: { package: string; version: string }[];
}

export type Mapping = { ok: true; advisory: MappedAdvisory } | { ok: false; reason: string };

export const TITLE_LIMIT = 120;
/** Longer first paragraphs give only their first sentence to the summary. */
export const SUMMARY_LIMIT = 300;
const GHSA = /^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/;
const CVE = /^CVE-\d{4}-\d{4,}$/;
const OTHER = /^[A-Z][A-Z0-9]*(-[A-Za-z0-9._]+)+$/;

/** A short digest of prose as imported, to tell later edits from the record's own text. */
export const digest = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** Whether the value is shaped like an OSV record at all (bad input, not a skip). */
export function isOsvRecord(value: unknown): value is OsvInput {
  const v = value as Partial<OsvInput> | null;
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof v.id === 'string' && v.id !== '' && typeof v.modified === 'string';
}

function instantOf(value: string | undefined): Date | undefined {
  if (value === undefined) return undefined;
  // OSV writes RFC 3339 with fractions (2021-06-01T12:00:00.123Z); the site keeps whole seconds.
  const d = parseInstant(value.replace(/\.\d+(?=Z|[+-]\d{2}:\d{2}$)/, ''));
  return d;
}

function shortTitle(summary: string | undefined, details: string, id: string): string {
  const text = (summary ?? '').replace(/\s+/g, ' ').trim() || firstParagraph(details).split(/(?<=\.)\s/)[0]!.trim() || id;
  return text.length <= TITLE_LIMIT ? text : `${text.slice(0, TITLE_LIMIT - 1).trimEnd()}…`;
}

/**
 * OSV events in version order (OSV leaves their order open): each `introduced` opens a range,
 * the next `fixed` or `last_affected` closes it. `"0"` sorts first; an unorderable version is
 * reported by the caller, so it sorts as it stands here.
 */
function rangesOf(events: Record<string, string>[], o: VersionOrdering, pkg: string): Range[] | string {
  const ranges: Range[] = [];
  let open: Range | undefined;
  const version = (e: Record<string, string>) => Object.values(e)[0];
  const key = (v: string | undefined) => (v === undefined || v === '0' ? undefined : o.valid(v) ? v : undefined);
  const sorted = [...events].sort((a, b) => {
    const [x, y] = [key(version(a)), key(version(b))];
    if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? -1 : 1;
    return o.compare(x, y);
  });
  for (const event of sorted) {
    const [kind, value] = Object.entries(event)[0] ?? [];
    if (typeof value !== 'string') return `${pkg}: an event with no version`;
    if (kind === 'introduced') {
      if (open) ranges.push(open);
      open = { introduced: value };
    } else if (kind === 'fixed' || kind === 'last_affected') {
      ranges.push({ ...(open ?? { introduced: '0' }), [kind]: value });
      open = undefined;
    } else if (kind === 'limit') {
      return `${pkg}: a "limit" event (Disclose ranges end with fixed or last_affected)`;
    } else return `${pkg}: an event of unknown kind "${kind}"`;
  }
  if (open) ranges.push(open);
  if (ranges.length === 0) return `${pkg}: a range with no events`;
  return ranges;
}

export function mapRecord(record: OsvInput): Mapping {
  const skip = (reason: string): Mapping => ({ ok: false, reason });
  const modified = instantOf(record.modified);
  if (!modified) return skip(`modified "${record.modified}" is not an RFC 3339 instant`);
  const published = instantOf(record.published) ?? modified;
  if (record.published !== undefined && !instantOf(record.published)) return skip(`published "${record.published}" is not an RFC 3339 instant`);
  const withdrawn = instantOf(record.withdrawn);
  if (record.withdrawn !== undefined && !withdrawn) return skip(`withdrawn "${record.withdrawn}" is not an RFC 3339 instant`);

  // Identifiers: the record's own id and its aliases.
  const ids = [...new Set([record.id, ...(record.aliases ?? [])])];
  const cve = ids.filter((i) => CVE.test(i));
  const ghsa = ids.filter((i) => GHSA.test(i));
  const aliases = ids.filter((i) => !CVE.test(i) && !GHSA.test(i));
  const odd = aliases.find((i) => !OTHER.test(i));
  if (odd) return skip(`alias "${odd}" is not an advisory id such as PYSEC-2021-19`);

  // Severity: every CVSS vector, else the label.
  const cvss: string[] = [];
  for (const s of record.severity ?? []) {
    if (s.type === 'CVSS_V2') return skip('a CVSS 2.0 vector (content format v1 takes CVSS 3.0, 3.1 and 4.0)');
    if (s.type !== 'CVSS_V3' && s.type !== 'CVSS_V4') return skip(`a severity of type ${s.type} (want CVSS_V3 or CVSS_V4)`);
    const parsed = parseCvss(s.score);
    if (!parsed.ok) return skip(`CVSS vector "${s.score}": ${parsed.errors[0]}`);
    if (cvss.some((v) => v.split('/')[0] === s.score.split('/')[0])) return skip(`two ${s.score.split('/')[0]} vectors (one per CVSS version)`);
    cvss.push(s.score);
  }
  const label = typeof record.database_specific?.severity === 'string' ? record.database_specific.severity.toLowerCase() : undefined;
  const severity = cvss.length === 0 && label && (SEVERITY_LABELS as readonly string[]).includes(label) ? label : undefined;
  if (cvss.length === 0 && !severity) return skip('no CVSS vector and no severity label (database_specific.severity)');
  const cweIds = Array.isArray(record.database_specific?.cwe_ids) ? (record.database_specific.cwe_ids as unknown[]).filter((c): c is string => typeof c === 'string') : [];

  // Affected packages, each in its own ecosystem's ordering; one entry per package.
  const packages = new Map<string, { ecosystem: string; ranges: Range[]; versions: string[] }>();
  for (const a of record.affected ?? []) {
    const name = a.package?.name;
    const ecosystem = a.package?.ecosystem;
    if (!name || !ecosystem) return skip('an affected entry with no package name or ecosystem');
    // A commit range says nothing a release can be checked against, whatever the ecosystem.
    if ((a.ranges ?? []).some((r) => r.type === 'GIT')) return skip(`${name}: a GIT range (commit ranges have no release to check against)`);
    const o = orderingOf(ecosystem);
    if (!o) return skip(`${name}: ecosystem "${ecosystem}" has no version ordering here`);
    const entry = packages.get(name) ?? { ecosystem, ranges: [], versions: [] };
    if (entry.ecosystem !== ecosystem) return skip(`${name} is named in two ecosystems, ${entry.ecosystem} and ${ecosystem}`);
    for (const r of a.ranges ?? []) {
      if (r.type !== 'ECOSYSTEM' && r.type !== 'SEMVER') return skip(`${name}: a range of type ${r.type}`);
      const ranges = rangesOf(r.events ?? [], o, name);
      if (typeof ranges === 'string') return skip(ranges);
      for (const range of ranges) {
        for (const v of [range.introduced, range.fixed, range.last_affected]) {
          if (v !== undefined && v !== '0' && !o.valid(v)) return skip(`${name}: version "${v}" is not one ${ecosystem} can order`);
        }
        if (range.introduced !== '0' && range.fixed !== undefined && o.compare(range.introduced, range.fixed) >= 0) return skip(`${name}: range ${range.introduced} to ${range.fixed} runs backwards`);
        if (range.introduced !== '0' && range.last_affected !== undefined && o.compare(range.last_affected, range.introduced) < 0) return skip(`${name}: range ${range.introduced} to ${range.last_affected} runs backwards`);
        entry.ranges.push(range);
      }
    }
    for (const v of a.versions ?? []) {
      if (!o.valid(v)) return skip(`${name}: version "${v}" is not one ${ecosystem} can order`);
      if (!entry.versions.includes(v)) entry.versions.push(v);
    }
    packages.set(name, entry);
  }
  if (packages.size === 0) return skip('no affected package');
  for (const [name, p] of packages) if (p.ranges.length === 0 && p.versions.length === 0) return skip(`${name}: neither a range nor a version`);

  const references: { type: ReferenceType; url: string }[] = [];
  for (const r of record.references ?? []) {
    const type = (r.type ?? 'WEB').toLowerCase();
    if (!r.url || !/^https?:\/\//.test(r.url)) continue;
    references.push({ type: (REFERENCE_TYPES as readonly string[]).includes(type) ? (type as ReferenceType) : 'web', url: r.url });
  }
  const credits = (record.credits ?? [])
    .filter((c) => typeof c.name === 'string' && c.name.trim() !== '')
    .map((c) => {
      const type = (c.type ?? 'OTHER').toLowerCase();
      const contact = (c.contact ?? []).filter((u) => /^https?:\/\//.test(u));
      return { name: c.name!.trim(), type: ((CREDIT_TYPES as readonly string[]).includes(type) ? type : 'other') as CreditType, ...(contact.length > 0 ? { contact } : {}) };
    });

  const details = record.details ?? '';
  const title = shortTitle(record.summary, details, record.id);
  // The first paragraph, or its first sentence when the paragraph is too long for a listing.
  const paragraph = firstParagraph(details);
  const summary = (paragraph.length > SUMMARY_LIMIT ? paragraph.split(/(?<=[.!?])\s/)[0]! : paragraph) || title;
  const body = safeMarkdown(details) || `${title}\n`;
  const fields: Record<string, unknown> = {
    title,
    summary,
    status: withdrawn ? 'withdrawn' : 'published',
    published: isoInstant(published),
    ...(modified > published ? { updated: isoInstant(modified) } : {}),
    ...(withdrawn ? { withdrawn: isoInstant(withdrawn < published ? published : withdrawn) } : {}),
    ...(cvss.length > 0 ? { cvss: cvss.length === 1 ? cvss[0] : cvss } : {}),
    ...(severity ? { severity } : {}),
    ...(cve.length > 0 ? { cve } : {}),
    ...(ghsa.length > 0 ? { ghsa } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(cweIds.length > 0 ? { cwe: cweIds } : {}),
    affected: [...packages].map(([name, p]) => ({
      package: name,
      ...(p.ranges.length > 0 ? { ranges: p.ranges } : {}),
      ...(p.versions.length > 0 ? { versions: p.versions } : {}),
    })),
    ...(credits.length > 0 ? { credits } : {}),
    ...(references.length > 0 ? { references } : {}),
    source: { id: record.id, modified: isoInstant(modified), prose: { title: digest(title), summary: digest(summary), body: digest(body) } },
  };
  return {
    ok: true,
    advisory: {
      upstream: record.id,
      published,
      modified,
      fields,
      body,
      packages: [...packages].map(([name, p]) => ({ name, ecosystem: p.ecosystem })),
      fixes: [...packages].flatMap(([name, p]) => p.ranges.flatMap((r) => (r.fixed ? [{ package: name, version: r.fixed }] : []))),
    },
  };
}
