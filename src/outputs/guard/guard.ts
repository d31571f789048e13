/**
 * The embargo guard (README, "Embargoes and scheduled disclosure") as plain functions over the
 * snapshot and a built folder: what is held back becomes fingerprints, every file of the folder
 * is read through the same text model, and any match is a leak. The build runs it as its last
 * step; `npm run guard` runs it over a folder built elsewhere.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Snapshot } from '../../corpus/snapshot.ts';
import { describeHold } from '../../domain/visibility.ts';
import { isoInstant } from '../../domain/dates.ts';
import { paths } from '../../domain/urls.ts';
import { runWorker } from '../../platform/worker.ts';
import { type FingerprintInput, type FingerprintSet, type HeldItem, buildFingerprints } from './fingerprints.ts';
import type { TextSource } from './reader-text.ts';
import { type ScanResult, listFiles, mergeScans, scanFilesParallel, scanThreads } from './scan.ts';

export interface GuardReport extends ScanResult {
  public: number;
  held: Pick<HeldItem, 'id' | 'reason'>[];
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
  ready: Promise<unknown>;
}

/** What the guard needs from the snapshot: plain data, so a worker thread can take it. */
export interface GuardInput extends FingerprintInput {
  public: number;
}

const ANNOUNCEMENT = 'announcement ';

/** An advisory body as the text model takes it: rendered already, when `rendered` has it. */
export type RenderedBodies = ReadonlyMap<string, { body: string; html: string }>;

const bodySource = (entry: { id: string; body: string }, rendered: RenderedBodies): TextSource => {
  const done = rendered.get(entry.id);
  return done && done.body === entry.body ? { kind: 'html', text: done.html } : { kind: 'markdown', text: entry.body };
};

/**
 * The held-back advisories and announcements, and everything public, as the text model reads
 * them. `rendered` holds bodies the build has rendered already (src/build/body-channel.ts).
 */
export function guardInput(snapshot: Snapshot, templates: string[] = [], rendered: RenderedBodies = new Map()): GuardInput {
  const publicAliases = new Set(snapshot.public.flatMap((a) => [...a.data.cve, ...a.data.ghsa, ...a.data.aliases]));
  const held: HeldItem[] = snapshot.held.map(({ entry, reason }) => ({
    id: entry.id,
    reason: describeHold(reason),
    exact: [
      { what: 'id', text: entry.id },
      ...[...entry.data.cve, ...entry.data.ghsa, ...entry.data.aliases].filter((a) => !publicAliases.has(a)).map((a) => ({ what: `alias ${a}`, text: a })),
    ],
    paths: [],
    titles: [entry.data.title],
    texts: [
      { kind: 'plain', text: entry.data.summary },
      bodySource(entry, rendered),
    ],
  }));
  for (const n of snapshot.announcements.scheduled) {
    held.push({
      id: `${ANNOUNCEMENT}${n.id}`,
      reason: `scheduled until ${isoInstant(n.data.published)}`,
      exact: [],
      paths: [paths.announcement(n.id)],
      titles: [n.data.title],
      texts: [{ kind: 'mdx', text: n.body }],
    });
  }
  const publicTexts: TextSource[] = [
    ...templates.map((text) => ({ kind: 'raw' as const, text })),
    { kind: 'plain', text: `${snapshot.site.name}\n${snapshot.site.project}` },
    // Bodies both as rendered and as written: OSV `details` and CSAF notes carry the Markdown.
    ...snapshot.public.flatMap((a): TextSource[] => [
      { kind: 'plain', text: a.data.title },
      { kind: 'plain', text: a.data.summary },
      bodySource(a, rendered),
      { kind: 'raw', text: a.body },
    ]),
    ...snapshot.pages.flatMap((p): TextSource[] => [
      { kind: 'plain', text: `${p.data.title}\n${p.data.description}` },
      { kind: 'mdx', text: p.body },
      { kind: 'raw', text: p.body },
    ]),
    ...snapshot.announcements.published.flatMap((n): TextSource[] => [
      { kind: 'plain', text: `${n.data.title}\n${paths.announcement(n.id)}` },
      { kind: 'mdx', text: n.body },
      { kind: 'raw', text: n.body },
    ]),
  ];
  const { site } = snapshot;
  const common = [
    ...templates,
    ...snapshot.branches.flatMap((b) => [b.branch, ...b.releases.map((r) => r.version)]),
    site.name,
    site.project,
    ...site.packages.map((p) => p.name),
    ...site.components,
    ...snapshot.public.flatMap((a) => [a.id, ...a.data.cve, ...a.data.ghsa, ...a.data.aliases, ...a.data.affected.map((p) => p.package)]),
  ];
  return { public: snapshot.public.length, held, publicTexts, common };
}

/**
 * Fingerprints do not depend on the output, so the build collects them on a worker thread
 * while Astro renders pages; the guard then only has to read the output.
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
  const set = await (prepared ?? buildFingerprints(input));
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
  const held = input.held.map(({ id, reason }) => ({ id, reason }));
  return { ...scan, public: input.public, held, seconds, fingerprintSeconds, waitedSeconds };
}

function kB(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`;
}

/** "draft 1, embargoed 1, scheduled 5, fix not released 1". */
function reasonCounts(held: GuardReport['held']): string {
  const counts = new Map<string, number>();
  for (const h of held) {
    const kind = h.reason.replace(/ (until|\().*$/, '').replace(/^fix \S+ not released$/, 'fix not released');
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${k} ${n}`).join(', ');
}

/** One line per leak or unreadable file, then the summary. */
export function formatGuardReport(r: GuardReport, dirName: string): { lines: string[]; failed: boolean } {
  const lines: string[] = [];
  for (const hit of r.hits) {
    lines.push(`embargo guard: ${hit.fingerprint.advisory} (${hit.fingerprint.reason}) leaked into ${dirName}/${hit.file}: ${hit.fingerprint.what}`);
  }
  for (const u of r.unreadable) lines.push(`embargo guard: cannot read ${dirName}/${u.file}: ${u.error}`);
  const advisories = r.held.filter((h) => !h.id.startsWith(ANNOUNCEMENT));
  const announcements = r.held.filter((h) => h.id.startsWith(ANNOUNCEMENT));
  const heldText = advisories.length === 0 ? '0 held back' : `${advisories.length} held back (${reasonCounts(advisories)})`;
  const announcementText = announcements.length === 0 ? '' : `, ${announcements.length} announcement${announcements.length === 1 ? '' : 's'} scheduled`;
  const failed = r.hits.length > 0 || r.unreadable.length > 0;
  lines.push(
    `embargo guard: ${r.public} public, ${heldText}${announcementText}; scanned ${r.files} files, ${kB(r.bytes)} in ${r.seconds.toFixed(2)} s ` +
      `(${r.fingerprintSeconds.toFixed(2)} s of it on fingerprints; ${r.waitedSeconds.toFixed(2)} s more waiting for the search index); ` +
      (failed ? `${r.hits.length} leaks, ${r.unreadable.length} unreadable files` : 'no leaks'),
  );
  return { lines, failed };
}
