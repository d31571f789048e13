/**
 * Fixture folders for tests. A broken case under tests/fixtures/broken/<name>/ holds only the
 * files it adds or replaces; it is laid over the valid site fixture in a temporary folder, like a
 * txtar archive in golang/vulndb's lint tests, and `expected.txt` holds the exact report.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { validateContent } from '../../src/corpus/validate.ts';
import { formatProblem } from '../../src/corpus/problems.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
export const SITE_FIXTURE = path.join(FIXTURES, 'site');
export const BROKEN = path.join(FIXTURES, 'broken');

export function brokenCases(): string[] {
  return fs.readdirSync(BROKEN).filter((name) => fs.statSync(path.join(BROKEN, name)).isDirectory()).sort();
}

/** Copies the site fixture to a temporary folder and lays the case's files over it. */
export function overlay(caseName: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `disclose-${caseName}-`));
  fs.cpSync(SITE_FIXTURE, dir, { recursive: true });
  const caseDir = path.join(BROKEN, caseName);
  for (const entry of fs.readdirSync(caseDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === 'expected.txt') continue;
    const rel = path.relative(caseDir, path.join(entry.parentPath, entry.name));
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.copyFileSync(path.join(caseDir, rel), path.join(dir, rel));
  }
  return dir;
}

/** The report for a folder, with the temporary folder shown as `content`. */
export async function report(dir: string): Promise<string[]> {
  const { problems } = await validateContent(dir);
  return problems.map((p) => formatProblem(p).split(dir).join('content'));
}

export function expected(caseName: string): string[] {
  return fs.readFileSync(path.join(BROKEN, caseName, 'expected.txt'), 'utf8').split('\n').filter((l) => l.trim() !== '');
}
