/** Runs `astro build` as a user would, with a content folder and a build instant. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * The environment a user's shell gives a command: vitest adds its own (NODE_ENV=test, DEV=1,
 * MODE, SSR, …), and Vite reads DEV and PROD from the environment, so without this a build
 * under test would take the development paths a real build never takes. GitHub Actions' own
 * variables go too, so the tests see a local run's output when CI runs them; a test that wants
 * annotations passes GITHUB_ACTIONS itself.
 */
export function userEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v === undefined || /^(NODE_ENV|DEV|PROD|MODE|SSR|BASE_URL|TEST|VITEST.*|GITHUB_ACTIONS|GITHUB_WORKSPACE|GITHUB_STEP_SUMMARY)$/.test(k)) continue;
    env[k] = v;
  }
  for (const [k, v] of Object.entries(extra)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

export interface BuildResult {
  status: number | null;
  output: string;
  outDir: string;
}

export function build(
  content: string,
  now: string | undefined,
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-dist-')),
  options: { config?: string; env?: Record<string, string> } = {},
): BuildResult {
  const env = userEnv({ ...options.env, DISCLOSE_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' });
  if (now) env.DISCLOSE_NOW = now;
  else delete env.DISCLOSE_NOW;
  const args = ['build', '--outDir', outDir, ...(options.config ? ['--config', options.config] : [])];
  const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), ...args], {
    cwd: ROOT,
    env,
    encoding: 'utf8',
    timeout: 240_000,
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}

/** Every file under a folder, relative, with `/` separators. */
export function files(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
