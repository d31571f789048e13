/**
 * Reads every file of a built site as text for the guard: gzip (by its magic bytes, which covers
 * Pagefind's index fragments whatever their extension) and brotli are decompressed first, JSON
 * and sourcemaps are reduced to their strings, markup and escapes are undone. A file that cannot
 * be read or decompressed is reported, never skipped.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runWorker } from '../../platform/worker.ts';
import zlib from 'node:zlib';
import type { Fingerprint, FingerprintSet } from './fingerprints.ts';
import { match } from './matcher.ts';
import { jsonText, tokens, visibleText } from './text.ts';

export interface Hit {
  file: string;
  fingerprint: Fingerprint;
}

export interface ScanResult {
  files: number;
  bytes: number;
  hits: Hit[];
  unreadable: { file: string; error: string }[];
}

function decompress(file: string, data: Buffer): Buffer {
  if (data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b) return zlib.gunzipSync(data);
  if (file.endsWith('.br')) return zlib.brotliDecompressSync(data);
  return data;
}

function textOf(file: string, data: Buffer): string {
  const text = data.toString('utf8');
  const name = file.replace(/\.(gz|br)$/, '');
  if (/\.(json|map|webmanifest)$/.test(name)) {
    try {
      return visibleText(jsonText(JSON.parse(text)).join('\n'));
    } catch {
      // Not valid JSON after all: scan it as plain text rather than not at all.
    }
  }
  // Binary formats are scanned as Latin-1 so that embedded strings (metadata, CBOR) still count.
  return /[\u0000-\u0008\u000e-\u001f]/.test(text.slice(0, 512)) ? visibleText(data.toString('latin1')) : visibleText(text);
}

export function listFiles(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => !e.isDirectory())
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** Scans the given files (absolute paths under `dir`). */
export function scanFiles(dir: string, files: string[], set: FingerprintSet): ScanResult {
  const result: ScanResult = { files: 0, bytes: 0, hits: [], unreadable: [] };
  for (const abs of files) {
    const rel = path.relative(dir, abs).split(path.sep).join('/');
    result.files++;
    let text: string;
    try {
      const data = fs.readFileSync(abs);
      result.bytes += data.length;
      text = textOf(rel, decompress(rel, data));
    } catch (error) {
      result.unreadable.push({ file: rel, error: (error as Error).message.split('\n')[0]! });
      continue;
    }
    if (set.count === 0) continue;
    for (const fingerprint of match(set, [...tokens(rel), ...tokens(text)])) result.hits.push({ file: rel, fingerprint });
  }
  return result;
}

export function scanDirectory(dir: string, set: FingerprintSet): ScanResult {
  return scanFiles(dir, listFiles(dir), set);
}

/** One scanning thread per core, up to four. */
export const scanThreads = () => Math.min(os.availableParallelism(), 4);

/** Below this many files, starting worker threads costs more than it saves. */
const PARALLEL_FROM = 1500;

/** Results of several scans as one, hits and unreadable files in path order. */
export function mergeScans(parts: readonly ScanResult[]): ScanResult {
  const merged: ScanResult = { files: 0, bytes: 0, hits: [], unreadable: [] };
  for (const p of parts) {
    merged.files += p.files;
    merged.bytes += p.bytes;
    merged.hits.push(...p.hits);
    merged.unreadable.push(...p.unreadable);
  }
  const order = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  merged.hits.sort(order);
  merged.unreadable.sort(order);
  return merged;
}

/**
 * The same scan spread over worker threads, one per core by default: reading and matching tens
 * of megabytes is the guard's whole cost. Even one thread is a worker, so the main thread stays
 * free for whatever runs beside the scan. Each worker holds its own copy of the fingerprints.
 */
export async function scanFilesParallel(dir: string, files: string[], set: FingerprintSet, threads = scanThreads()): Promise<ScanResult> {
  if (files.length < PARALLEL_FROM || set.count === 0) return scanFiles(dir, files, set);
  const chunks = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t));
  const worker = new URL('./scan-worker.ts', import.meta.url);
  const parts = await Promise.all(chunks.map((chunk) => runWorker<ScanResult>(worker, { dir, files: chunk, set })));
  return mergeScans(parts);
}
