/**
 * Reads every file of a built site as text for the guard: gzip (by its magic bytes, which covers
 * Pagefind's index fragments whatever their extension) and brotli are decompressed first, JSON
 * and sourcemaps are reduced to their strings, markup and escapes are undone. A file that cannot
 * be read or decompressed is reported, never skipped.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { type FingerprintSet, type Fingerprint, match } from './fingerprints.ts';
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

export function scanDirectory(dir: string, set: FingerprintSet): ScanResult {
  const result: ScanResult = { files: 0, bytes: 0, hits: [], unreadable: [] };
  for (const abs of listFiles(dir)) {
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
