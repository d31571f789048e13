/**
 * Template text: what the site's own source prints for every advisory is not distinctive of any
 * one of them, so the guard counts the source of src/ as public text (fingerprints.ts).
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listFiles } from './scan.ts';

const SRC = fileURLToPath(new URL('../..', import.meta.url));

export function templateText(): string[] {
  return listFiles(SRC)
    .filter((f) => /\.(astro|ts|tsx|js|mjs|css|md|mdx)$/.test(f))
    .map((f) => fs.readFileSync(f, 'utf8'));
}
