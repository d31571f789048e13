/**
 * Rules on versions, which need to know whose version each one is: site.yaml's ecosystems must
 * be ones Disclose can order; every version an advisory names must be a version of its package's
 * ecosystem, and each range must run forwards in that ordering; every branch of releases.yaml
 * must name its package wherever the site has more than one version line, and hold only versions
 * of its own line. Orderings come from src/domain/ecosystems.ts, through src/domain/lines.ts.
 */
import path from 'node:path';
import type { Corpus } from './read.ts';
import type { Problem } from './problems.ts';
import { displayPath } from './content-dir.ts';
import { ECOSYSTEMS, type VersionOrdering } from '../domain/ecosystems.ts';
import { branchOrdering, hasSeveralLines, packageOrdering } from '../domain/lines.ts';

const known = Object.keys(ECOSYSTEMS).join(', ');

export function checkEcosystems(corpus: Corpus, problems: Problem[]): void {
  const file = displayPath(path.join(corpus.dir, 'site.yaml'));
  (corpus.siteFacts.packages ?? []).forEach((p, i) => {
    if (!Object.hasOwn(ECOSYSTEMS, p.ecosystem)) {
      problems.push({
        file,
        field: `packages[${i}].ecosystem`,
        message: `"${p.ecosystem}" has no version ordering here, so ${p.name}'s versions cannot be checked or compared (want one of ${known}, spelt as OSV spells it)`,
      });
    }
  });
}

function checkRange(o: VersionOrdering, r: { introduced: string; fixed?: string; last_affected?: string }, at: string, file: string, problems: Problem[]): void {
  const bad = (field: string, value: string, zero = false) =>
    problems.push({ file, field: `${at}.${field}`, message: `found "${value}", want ${o.example}${zero ? ', or "0" for every version' : ''}` });
  const introducedOk = r.introduced === '0' || o.valid(r.introduced);
  if (!introducedOk && r.introduced !== '') bad('introduced', r.introduced, true);
  const fixedOk = r.fixed === undefined || o.valid(r.fixed);
  if (!fixedOk) bad('fixed', r.fixed!);
  const lastOk = r.last_affected === undefined || o.valid(r.last_affected);
  if (!lastOk) bad('last_affected', r.last_affected!);
  if (!introducedOk || r.introduced === '0') return;
  if (r.fixed !== undefined && fixedOk && !(o.compare(r.introduced, r.fixed) < 0)) {
    problems.push({
      file,
      field: `${at}.fixed`,
      message: `${r.fixed} is not after introduced ${r.introduced} (found fixed <= introduced, want introduced < fixed; swap or correct them)`,
    });
  }
  if (r.last_affected !== undefined && lastOk && o.compare(r.last_affected, r.introduced) < 0) {
    problems.push({ file, field: `${at}.last_affected`, message: `${r.last_affected} is before introduced ${r.introduced} (want introduced <= last_affected)` });
  }
}

type Written = { package: string; ranges: { introduced: string; fixed?: string; last_affected?: string }[]; versions: string[] };

/**
 * `affected` as written, for a file whose `affected` failed its schema as a whole (say, a range
 * giving both fixed and last_affected): the versions that are text are still checked, so every
 * problem of the file is reported at once. YAML's number 0 is the "0" of "every version".
 */
function writtenAffected(raw: unknown): Written[] {
  const list = (raw as { affected?: unknown })?.affected;
  if (!Array.isArray(list)) return [];
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  return list.map((p) => {
    const ranges = Array.isArray(p?.ranges) ? p.ranges : [];
    return {
      package: text(p?.package) ?? '',
      // A range whose introduced is not text was reported by the schema; "" keeps its index and is skipped below.
      ranges: ranges.map((r: Record<string, unknown>) => ({ introduced: r?.introduced === 0 ? '0' : (text(r?.introduced) ?? ''), fixed: text(r?.fixed), last_affected: text(r?.last_affected) })),
      versions: (Array.isArray(p?.versions) ? p.versions : []).map((v: unknown) => text(v) ?? ''),
    };
  });
}

export function checkAdvisoryVersions(corpus: Corpus, problems: Problem[]): void {
  const site = { packages: corpus.siteFacts.packages ?? [] };
  const raw = new Map(corpus.bodies.map((b) => [b.file, b.data]));
  for (const a of corpus.advisoryFacts) {
    const affected: Written[] = a.data.affected ?? writtenAffected(raw.get(a.file));
    affected.forEach((p, i) => {
      // An unknown package or ecosystem is reported once, by its own rule.
      const o = packageOrdering(site, p.package);
      if (!o) return;
      p.ranges.forEach((r, j) => checkRange(o, r, `affected[${i}].ranges[${j}]`, a.file, problems));
      p.versions.forEach((v, j) => {
        if (v !== '' && !o.valid(v)) problems.push({ file: a.file, field: `affected[${i}].versions[${j}]`, message: `found "${v}", want ${o.example}` });
      });
    });
  }
}

export function checkBranchVersions(corpus: Corpus, problems: Problem[]): void {
  const file = displayPath(path.join(corpus.dir, 'releases.yaml'));
  const packages = corpus.siteFacts.packages;
  if (!packages) return;
  const site = { packages };
  const names = packages.map((p) => p.name);
  const several = hasSeveralLines(site, corpus.branchFacts);
  corpus.branchFacts.forEach((b, i) => {
    if (b.package !== undefined && !names.includes(b.package)) {
      problems.push({ file, field: `[${i}].package`, message: `"${b.package}" is not a package in site.yaml (want one of ${names.join(' | ')}; add it there or correct the name)` });
      return;
    }
    if (b.package === undefined && several) {
      problems.push({
        file,
        field: `[${i}].package`,
        message: `is required, since the site has more than one version line (add package: with one of ${names.join(' | ')}, the package whose ${b.branch ?? ''} line this is)`,
      });
      return;
    }
    const o = branchOrdering(site, b);
    if (!o || b.branch === undefined) return;
    (b.releases ?? []).forEach((r, j) => {
      if (!o.valid(r.version)) {
        problems.push({ file, field: `[${i}].releases[${j}].version`, message: `found "${r.version}", want ${o.example}` });
      } else if (o.line(r.version) !== b.branch) {
        problems.push({ file, field: `[${i}].releases[${j}].version`, message: `${r.version} does not belong to branch ${b.branch} (move it to branch ${o.line(r.version)})` });
      }
    });
  });
}
