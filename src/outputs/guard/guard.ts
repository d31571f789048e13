/** The embargo guard as plain functions over the content, the build instant and a built folder. */
import { performance } from 'node:perf_hooks';
import type { Corpus } from '../../corpus/read.ts';
import { indexReleases } from '../../domain/releases.ts';
import { describeHold, visibility } from '../../domain/visibility.ts';
import { runWorker } from '../../platform/worker.ts';
import { type FingerprintSet, type Held, fingerprints } from './fingerprints.ts';
import { tokens } from './text.ts';
import path from 'node:path';
import { type ScanResult, listFiles, mergeScans, scanFilesParallel, scanThreads } from './scan.ts';

export interface GuardReport extends ScanResult {
  public: number;
  held: Held[];
  /** The guard's own time: collecting (or waiting for) fingerprints, reading and matching. */
  seconds: number;
  /** Of which: waiting for (or collecting) fingerprints; the rest is reading and matching the output. */
  fingerprintSeconds: number;
  /** Not counted in `seconds`: waiting for output still being written when the rest was scanned. */
  waitedSeconds: number;
}

/** Output that is still being written when the guard starts: the folder, and when it is done. */
export interface LateOutput {
  folder: string;
  ready: Promise<void>;
}

/** What the guard needs from the content: plain data, so a worker thread can take it. */
export interface GuardInput {
  public: number;
  held: Held[];
  publicText: string[];
  publicAliases: string[];
  /** Words that templates print and facts that are public anyway (see fingerprints.ts). */
  facts: string[];
}

export function guardInput(corpus: Corpus, now: Date, templates: string[] = []): GuardInput {
  const releases = indexReleases(corpus.branches);
  const input: GuardInput = { public: 0, held: [], publicText: [...templates], publicAliases: [], facts: [...templates] };
  input.facts.push(...corpus.branches.flatMap((b) => [b.branch, ...b.releases.map((r) => r.version)]));
  if (corpus.site) {
    input.facts.push(corpus.site.name, corpus.site.project, ...corpus.site.packages.map((p) => p.name), ...corpus.site.components);
    input.publicText.push(corpus.site.name, corpus.site.project);
  }
  for (const a of corpus.advisories) {
    const v = visibility(a.data, releases, now);
    const aliases = [...a.data.cve, ...a.data.ghsa];
    if (v.public) {
      input.public++;
      input.publicText.push(a.data.title, a.data.summary, a.body);
      input.publicAliases.push(...aliases);
      input.facts.push(a.id, ...aliases, ...a.data.affected.map((p) => p.package));
    } else {
      input.held.push({ id: a.id, reason: describeHold(v.reason), title: a.data.title, summary: a.data.summary, body: a.body, aliases });
    }
  }
  for (const p of corpus.pages) input.publicText.push(p.data.title, p.data.description, p.body);
  for (const n of corpus.announcements) input.publicText.push(n.data.title, n.body);
  return input;
}

export function buildFingerprints(input: GuardInput): FingerprintSet {
  return fingerprints(input.held, input.publicText, new Set(input.publicAliases), new Set(input.facts.flatMap(tokens)));
}

/**
 * Fingerprints do not depend on the output, so the build starts collecting them on a worker
 * thread while Astro renders pages; the guard then only has to read the output.
 */
export function fingerprintsInWorker(input: GuardInput): Promise<FingerprintSet> {
  return runWorker(new URL('./fingerprint-worker.ts', import.meta.url), input);
}

/**
 * Scans everything in `dir`. A `late` folder (the search index) is scanned after the rest, once
 * it is ready, so the guard overlaps with the step that writes it.
 */
export async function guard(dir: string, input: GuardInput, prepared?: Promise<FingerprintSet>, late?: LateOutput): Promise<GuardReport> {
  const started = performance.now();
  const set = prepared ? await prepared : buildFingerprints(input);
  const fingerprintSeconds = (performance.now() - started) / 1000;
  const lateDir = late ? path.join(dir, late.folder) : undefined;
  const inLate = (f: string) => lateDir !== undefined && f.startsWith(lateDir + path.sep);
  // While the late folder is written, its writer (Pagefind) has a core; leave it that core. The
  // late folder is small, so one thread does for it too. Every thread holds its own copy of the
  // fingerprints, and this is the build's busiest moment for memory.
  const threads = late ? Math.max(1, scanThreads() - 1) : scanThreads();
  const first = await scanFilesParallel(dir, listFiles(dir).filter((f) => !inLate(f)), set, threads);
  const waitStarted = performance.now();
  await late?.ready;
  const waitedSeconds = (performance.now() - waitStarted) / 1000;
  const rest = late ? await scanFilesParallel(dir, listFiles(dir).filter(inLate), set, threads) : undefined;
  const scan = mergeScans(rest ? [first, rest] : [first]);
  const seconds = (performance.now() - started) / 1000 - waitedSeconds;
  return { ...scan, public: input.public, held: input.held, seconds, fingerprintSeconds, waitedSeconds };
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
    `embargo guard: ${r.public} public, ${heldText}; scanned ${r.files} files, ${kB(r.bytes)} in ${r.seconds.toFixed(2)} s ` +
      `(${r.fingerprintSeconds.toFixed(2)} s of it on fingerprints; ${r.waitedSeconds.toFixed(2)} s more waiting for the search index); ` +
      (failed ? `${r.hits.length} leaks, ${r.unreadable.length} unreadable files: ${dirName}/ removed so nothing can be deployed` : 'no leaks'),
  );
  return { lines, failed };
}
