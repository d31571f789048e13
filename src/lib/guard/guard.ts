/** The embargo guard as a plain function over a built folder, a corpus and the build instant. */
import { performance } from 'node:perf_hooks';
import type { Corpus } from '../corpus/read.ts';
import { indexReleases } from '../releases.ts';
import { describeHold, visibility } from '../visibility.ts';
import { type Held, fingerprints } from './fingerprints.ts';
import { tokens } from './text.ts';
import { type ScanResult, scanDirectoryParallel } from './scan.ts';

export interface GuardReport extends ScanResult {
  public: number;
  held: Held[];
  seconds: number;
}

export async function guard(dir: string, corpus: Corpus, now: Date, templates: string[] = []): Promise<GuardReport> {
  const started = performance.now();
  const releases = indexReleases(corpus.branches);
  const held: Held[] = [];
  const publicText: string[] = [...templates];
  const publicAliases = new Set<string>();
  // Words that templates print and facts that are public anyway: runs made only of these are
  // what exports generate (remediation sentences and the like), not a held-back advisory's text.
  const facts: string[] = [...templates, ...corpus.branches.flatMap((b) => [b.branch, ...b.releases.map((r) => r.version)])];
  if (corpus.site) facts.push(corpus.site.name, corpus.site.project, ...corpus.site.packages.map((p) => p.name), ...corpus.site.components);
  for (const a of corpus.advisories) {
    const v = visibility(a.data, releases, now);
    const aliases = [...a.data.cve, ...a.data.ghsa];
    if (v.public) {
      publicText.push(a.data.title, a.data.summary, a.body);
      aliases.forEach((x) => publicAliases.add(x));
      facts.push(a.id, ...aliases, ...a.data.affected.map((p) => p.package));
    } else {
      held.push({ id: a.id, reason: describeHold(v.reason), title: a.data.title, summary: a.data.summary, body: a.body, aliases });
    }
  }
  for (const p of corpus.pages) publicText.push(p.data.title, p.data.description, p.body);
  for (const n of corpus.announcements) publicText.push(n.data.title, n.body);
  if (corpus.site) publicText.push(corpus.site.name, corpus.site.project);
  const set = fingerprints(held, publicText, publicAliases, new Set(facts.flatMap(tokens)));
  const scan = await scanDirectoryParallel(dir, set);
  return { ...scan, public: corpus.advisories.length - held.length, held, seconds: (performance.now() - started) / 1000 };
}

function kB(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`;
}

/** One line per leak or unreadable file, then the summary. */
export function formatGuardReport(r: GuardReport, dirName: string): { lines: string[]; failed: boolean } {
  const lines: string[] = [];
  const reasons = new Map<string, number>();
  for (const h of r.held) {
    const kind = h.reason.replace(/ (until|\().*$/, '').replace(/^fix \S+ not released$/, 'fix not released');
    reasons.set(kind, (reasons.get(kind) ?? 0) + 1);
  }
  for (const hit of r.hits) {
    lines.push(`embargo guard: ${hit.fingerprint.advisory} (${hit.fingerprint.reason}) leaked into ${dirName}/${hit.file}: ${hit.fingerprint.what}`);
  }
  for (const u of r.unreadable) lines.push(`embargo guard: cannot read ${dirName}/${u.file}: ${u.error}`);
  const heldText = r.held.length === 0 ? '0 held back' : `${r.held.length} held back (${[...reasons].map(([k, n]) => `${k} ${n}`).join(', ')})`;
  const failed = r.hits.length > 0 || r.unreadable.length > 0;
  lines.push(
    `embargo guard: ${r.public} public, ${heldText}; scanned ${r.files} files, ${kB(r.bytes)} in ${r.seconds.toFixed(2)} s; ` +
      (failed ? `${r.hits.length} leaks, ${r.unreadable.length} unreadable files: ${dirName}/ removed so nothing can be deployed` : 'no leaks'),
  );
  return { lines, failed };
}
