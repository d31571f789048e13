/**
 * `npm run import`'s changes to a content folder: new advisories numbered by publication within
 * their year after the ids already used, updates to advisories imported before (only the fields
 * that came from OSV; prose the maintainer edited stays), packages added to site.yaml, and fixed
 * versions added to releases.yaml in their package's line with `released_by` the advisory's
 * publication day. Nothing is written that would not change, so a second import of the same
 * records changes no file. site.yaml and releases.yaml keep their comments (the `yaml` Document API).
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML, { type Document, isMap, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Corpus } from '../read.ts';
import { displayPath } from '../content-dir.ts';
import { nextId } from '../scaffold.ts';
import { isoDate } from '../../domain/dates.ts';
import { orderingOf } from '../../domain/ecosystems.ts';
import { type MappedAdvisory, digest } from './osv-map.ts';

/** Fields an import owns: rewritten when the record changes. Anything else is the maintainer's. */
const FROM_OSV = ['status', 'published', 'updated', 'withdrawn', 'cvss', 'severity', 'cve', 'ghsa', 'aliases', 'cwe', 'affected', 'credits', 'references', 'source'];
const PROSE = ['title', 'summary'] as const;
const ORDER = ['title', 'summary', ...FROM_OSV.slice(0, -1)];

export interface ImportReport {
  lines: string[];
  imported: number;
  updated: number;
  unchanged: number;
  /** Files written, relative to the content folder. */
  written: string[];
}

interface Existing {
  id: string;
  abs: string;
  fields: Record<string, unknown>;
  body: string;
  source?: { id: string; modified: string; prose: Record<string, string> };
  aliases: string[];
}

function readExisting(corpus: Corpus): Existing[] {
  const advisoryFiles = new Set(corpus.advisoryFacts.map((a) => a.file));
  // The frontmatter as written (strings, not Dates), so an update rewrites only what it owns.
  return corpus.bodies
    .filter((b) => advisoryFiles.has(b.file))
    .map((b) => {
      const abs = path.resolve(b.file);
      const fields = (b.data ?? {}) as Record<string, unknown>;
      const list = (k: string) => (Array.isArray(fields[k]) ? (fields[k] as unknown[]).map(String) : []);
      return { id: b.id, abs, fields, body: b.body, source: fields.source as Existing['source'], aliases: [...list('cve'), ...list('ghsa'), ...list('aliases')] };
    });
}

const yamlText = (fields: Record<string, unknown>) => YAML.stringify(fields, { lineWidth: 0 });
const mdx = (fields: Record<string, unknown>, body: string) => `---\n${yamlText(fields)}---\n\n${body}`;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The frontmatter of an update: OSV's fields replaced in place, the maintainer's left, prose kept where edited. */
function updated(existing: Existing, mapped: MappedAdvisory): { fields: Record<string, unknown>; body: string; changed: string[]; kept: string[] } {
  const prose = existing.source?.prose ?? {};
  const fields: Record<string, unknown> = {};
  const changed: string[] = [];
  const kept: string[] = [];
  const next = mapped.fields;
  const keys = [...new Set([...Object.keys(existing.fields), ...ORDER.filter((k) => k in next), 'source'])];
  for (const key of keys) {
    const was = existing.fields[key];
    if ((PROSE as readonly string[]).includes(key)) {
      const edited = typeof was === 'string' && digest(was) !== prose[key];
      fields[key] = edited ? was : next[key];
      if (edited && !same(was, next[key])) kept.push(key);
    } else if (FROM_OSV.includes(key)) {
      if (key in next) fields[key] = next[key];
    } else fields[key] = was;
    if (key !== 'source' && !same(was, fields[key])) changed.push(key);
  }
  const bodyEdited = digest(existing.body) !== prose.body && existing.body.trim() !== '';
  const body = bodyEdited ? existing.body : mapped.body;
  if (bodyEdited && existing.body !== mapped.body) kept.push('body');
  if (!bodyEdited && existing.body !== mapped.body) changed.push('body');
  // The digests follow what now stands: kept prose keeps its old digest, so it stays "edited".
  const source = next.source as { prose: Record<string, string> };
  fields.source = { ...source, prose: { ...source.prose, ...Object.fromEntries(kept.filter((k) => k in prose).map((k) => [k, prose[k]])) } };
  return { fields, body, changed, kept };
}

/** A YAML file as a Document, or a new one holding `empty`. */
function document(abs: string, empty: string): Document {
  const doc = YAML.parseDocument(fs.existsSync(abs) ? fs.readFileSync(abs, 'utf8') : empty);
  if (isSeq(doc.contents) && doc.contents.items.length === 0) (doc.contents as YAMLSeq).flow = false;
  return doc;
}

export function applyImport(dir: string, corpus: Corpus & { site: NonNullable<Corpus['site']> }, mapped: MappedAdvisory[], skip: (id: string, reason: string) => void): ImportReport {
  const report: ImportReport = { lines: [], imported: 0, updated: 0, unchanged: 0, written: [] };
  const existing = readExisting(corpus);
  const write = (abs: string, text: string) => {
    if (fs.existsSync(abs) && fs.readFileSync(abs, 'utf8') === text) return false;
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, text);
    report.written.push(displayPath(abs));
    return true;
  };

  // site.yaml: every package the records name, with its ecosystem; a clash skips the record.
  const known = new Map(corpus.site.packages.map((p) => [p.name, p.ecosystem]));
  const accepted: MappedAdvisory[] = [];
  const addedPackages: { name: string; ecosystem: string }[] = [];
  for (const m of mapped) {
    const clash = m.packages.find((p) => known.has(p.name) && known.get(p.name) !== p.ecosystem);
    if (clash) {
      skip(m.upstream, `${clash.name} is a ${known.get(clash.name)} package in site.yaml, not ${clash.ecosystem}`);
      continue;
    }
    for (const p of m.packages) {
      if (!known.has(p.name)) {
        known.set(p.name, p.ecosystem);
        addedPackages.push(p);
      }
    }
    accepted.push(m);
  }

  // Advisories: updates by source id; new ones numbered by publication within their year.
  const taken = corpus.bodies.map((b) => b.id);
  const fresh: MappedAdvisory[] = [];
  for (const m of accepted) {
    const own = existing.find((e) => e.source?.id === m.upstream);
    if (own) {
      if (own.source && Date.parse(own.source.modified) >= m.modified.getTime()) {
        report.unchanged++;
        continue;
      }
      const u = updated(own, m);
      if (write(own.abs, mdx(u.fields, u.body))) {
        report.updated++;
        const keptText = u.kept.length > 0 ? `; kept the maintainer's ${u.kept.join(', ')}` : '';
        report.lines.push(`updated ${own.id} from ${m.upstream} (modified ${isoDate(m.modified)}): ${u.changed.join(', ') || 'source'}${keptText}`);
      } else report.unchanged++;
      continue;
    }
    const byAlias = existing.find((e) => e.aliases.some((a) => a === m.upstream || (m.fields.cve as string[] | undefined)?.includes(a) || (m.fields.ghsa as string[] | undefined)?.includes(a)));
    if (byAlias) {
      report.unchanged++;
      report.lines.push(`already here: ${m.upstream} is ${byAlias.id}, written by hand (not imported; edit ${byAlias.id} to change it)`);
      continue;
    }
    fresh.push(m);
  }
  fresh.sort((a, b) => a.published.getTime() - b.published.getTime() || (a.upstream < b.upstream ? -1 : 1));
  for (const m of fresh) {
    const year = m.published.getUTCFullYear();
    const id = nextId(corpus.site.id_prefix, year, taken);
    taken.push(id);
    const abs = path.join(dir, 'advisories', String(year), `${id}.mdx`);
    write(abs, mdx(m.fields, m.body));
    report.imported++;
    report.lines.push(`imported ${m.upstream} as ${id} (${displayPath(abs)})`);
  }

  if (addedPackages.length > 0) {
    const abs = path.join(dir, 'site.yaml');
    const doc = document(abs, '{}');
    const list = doc.get('packages') as YAMLSeq;
    for (const p of addedPackages) {
      list.add(doc.createNode(p, { flow: true }));
      report.lines.push(`site.yaml: added package ${p.name} (${p.ecosystem})`);
    }
    write(abs, doc.toString({ lineWidth: 0 }));
  }

  addReleases(dir, corpus, [...known].map(([name, ecosystem]) => ({ name, ecosystem })), accepted, report, write);
  return report;
}

/** releases.yaml: each fixed version not yet in its package's line, under the branch of its line. */
function addReleases(
  dir: string,
  corpus: Corpus,
  packages: { name: string; ecosystem: string }[],
  advisories: MappedAdvisory[],
  report: ImportReport,
  write: (abs: string, text: string) => boolean,
): void {
  const abs = path.join(dir, 'releases.yaml');
  const doc = document(abs, '[]\n');
  if (!isSeq(doc.contents)) return;
  const branches = doc.contents as YAMLSeq<YAMLMap>;
  const shared = corpus.branchFacts.length > 0 && corpus.branchFacts.every((b) => b.package === undefined) && new Set(packages.map((p) => orderingOf(p.ecosystem))).size === 1;
  const packaged = !shared && (packages.length > 1 || corpus.branchFacts.some((b) => b.package !== undefined));
  // The earliest publication among the advisories each version fixes: the bound it was out by.
  const bounds = new Map<string, { pkg: string; version: string; by: Date }>();
  for (const a of advisories) {
    for (const f of a.fixes) {
      const key = `${packaged ? f.package : ''}\0${f.version}`;
      const prior = bounds.get(key);
      if (!prior || a.published < prior.by) bounds.set(key, { pkg: f.package, version: f.version, by: a.published });
    }
  }
  const holds = (b: YAMLMap, pkg: string) => (b.get('package') ?? undefined) === (packaged ? pkg : undefined);
  let added = 0;
  for (const { pkg, version, by } of [...bounds.values()].sort((x, y) => x.by.getTime() - y.by.getTime() || (x.version < y.version ? -1 : 1))) {
    const listed = branches.items.some((b) => isMap(b) && (b.get('package') === undefined || b.get('package') === pkg) && (b.get('releases') as YAMLSeq<YAMLMap> | undefined)?.items.some((r) => String(r.get('version')) === version));
    if (listed) continue;
    const o = orderingOf(packages.find((p) => p.name === pkg)?.ecosystem)!;
    const line = o.line(version);
    const day = isoDate(by);
    const release = doc.createNode({ version, released_by: day, security: true }, { flow: true });
    let branch = branches.items.find((b) => isMap(b) && String(b.get('branch')) === line && holds(b, pkg));
    if (branch) {
      const releases = (branch.get('releases') as YAMLSeq | undefined) ?? (branch.set('releases', doc.createNode([])), branch.get('releases') as YAMLSeq);
      releases.flow = false;
      releases.add(release);
      // A release out by an earlier day moves the branch's own upper bound back.
      const bound = branch.get('released_by');
      if (bound !== undefined && String(bound) > day) branch.set('released_by', day);
    } else {
      branch = doc.createNode({ branch: line, ...(packaged ? { package: pkg } : {}), released_by: day, releases: [] }) as YAMLMap;
      (branch.get('releases') as YAMLSeq).add(release);
      // Newest first within the package's line.
      const newer = (b: YAMLMap) => {
        const [x, y] = [String(b.get('branch')).split('.').map(Number), line.split('.').map(Number)];
        return x[0]! > y[0]! || (x[0] === y[0] && x[1]! > y[1]!);
      };
      const at = branches.items.findIndex((b) => isMap(b) && holds(b, pkg) && !newer(b));
      const lastOfLine = branches.items.findLastIndex((b) => isMap(b) && holds(b, pkg));
      branches.items.splice(at !== -1 ? at : lastOfLine !== -1 ? lastOfLine + 1 : branches.items.length, 0, branch);
      report.lines.push(`releases.yaml: added branch ${line}${packaged ? ` of ${pkg}` : ''} (no support dates: set them, or the branch reads as supported)`);
    }
    added++;
    report.lines.push(`releases.yaml: added ${version}${packaged ? ` of ${pkg}` : ''} to branch ${line}, released by ${day}`);
  }
  if (added > 0) write(abs, doc.toString({ lineWidth: 0 }));
}

