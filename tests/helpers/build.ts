/** Runs `astro build` as a user would, with a content folder and a build instant. */
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/**
 * Where this test process builds: a copy of the project's code (src, scripts, public, the
 * config) with the repository's fixtures and packages linked in, so its `.astro/` and content
 * caches are its own. Astro keeps one `.astro/` per project root, so two builds sharing a root
 * at once would read each other's content modules; with a root each, test files run in
 * parallel (vitest.config.ts). Content paths and messages read as they do from the repository.
 * A file that runs builds at once gives each its own slot, and so its own root.
 */
const projectRoots = new Map<number, string>();
const COPIED = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'tests/helpers/clock-build.ts', 'tests/fixtures/faults'];
export function projectRoot(slot = 0): string {
  const made = projectRoots.get(slot);
  if (made) return made;
  const parent = process.env.DISCLOSE_TEST_TMP ?? os.tmpdir();
  const root = fs.mkdtempSync(path.join(parent, 'root-'));
  for (const entry of COPIED) fs.cpSync(path.join(ROOT, entry), path.join(root, entry), { recursive: true });
  for (const fixture of fs.readdirSync(path.join(ROOT, 'tests/fixtures'))) {
    const at = path.join(root, 'tests/fixtures', fixture);
    if (!fs.existsSync(at)) fs.symlinkSync(path.join(ROOT, 'tests/fixtures', fixture), at);
  }
  fs.symlinkSync(path.join(ROOT, 'content'), path.join(root, 'content'));
  // Packages are linked one by one so node_modules/.astro (the content caches) is this root's own.
  fs.mkdirSync(path.join(root, 'node_modules'));
  for (const pkg of fs.readdirSync(path.join(ROOT, 'node_modules'))) {
    if (pkg !== '.astro' && pkg !== '.vite') fs.symlinkSync(path.join(ROOT, 'node_modules', pkg), path.join(root, 'node_modules', pkg));
  }
  if (!process.env.DISCLOSE_TEST_TMP) process.once('exit', () => fs.rmSync(root, { recursive: true, force: true }));
  projectRoots.set(slot, root);
  return root;
}

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

interface BuildOptions {
  config?: string;
  env?: Record<string, string>;
  /** Which of this process's project roots to build in (builds running at once need two). */
  slot?: number;
}

function astroBuild(content: string, now: string | undefined, outDir: string, options: BuildOptions) {
  const env = userEnv({ ...options.env, DISCLOSE_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' });
  if (now) env.DISCLOSE_NOW = now;
  else delete env.DISCLOSE_NOW;
  const args = [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir, ...(options.config ? ['--config', options.config] : [])];
  return { args, spawn: { cwd: projectRoot(options.slot), env } };
}

const newOutDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-dist-'));

export function build(content: string, now: string | undefined, outDir = newOutDir(), options: BuildOptions = {}): BuildResult {
  const { args, spawn: opts } = astroBuild(content, now, outDir, options);
  const run = spawnSync(process.execPath, args, { ...opts, encoding: 'utf8', timeout: 240_000 });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}`, outDir };
}

/** The same build without blocking the test process, so a test file can run two at once. */
export function buildAsync(content: string, now: string | undefined, outDir = newOutDir(), options: BuildOptions = {}): Promise<BuildResult> {
  const { args, spawn: opts } = astroBuild(content, now, outDir, options);
  return new Promise((resolve, reject) => {
    let output = '';
    const child = spawn(process.execPath, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'], timeout: 240_000 });
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (status) => resolve({ status, output, outDir }));
  });
}

/**
 * A build that test files read but never change, such as the default site at its reference
 * instant: built once per test run, in the run's folder (tests/global-setup.ts), and reused by
 * every file that asks for the same content folder and instant. A file that asks while another
 * is building it waits for that build. Never remove its outDir; the run's teardown does.
 */
export function sharedBuild(content: string, now: string): BuildResult {
  const parent = process.env.DISCLOSE_TEST_TMP;
  if (!parent) return build(content, now);
  const key = crypto.createHash('sha256').update(`${content}\n${now}`).digest('hex').slice(0, 16);
  const dir = path.join(parent, `shared-${key}`);
  const done = path.join(dir, 'result.json');
  try {
    fs.mkdirSync(dir);
  } catch {
    const wait = new Int32Array(new SharedArrayBuffer(4));
    for (let waited = 0; !fs.existsSync(done); waited += 250) {
      if (waited > 600_000) throw new Error(`waited 10 minutes for another test file's build of ${content} at ${now}`);
      Atomics.wait(wait, 0, 0, 250);
    }
    return JSON.parse(fs.readFileSync(done, 'utf8')) as BuildResult;
  }
  const result = build(content, now, path.join(dir, 'dist'));
  fs.writeFileSync(`${done}.part`, JSON.stringify(result));
  fs.renameSync(`${done}.part`, done);
  return result;
}

/** Every file under a folder, relative, with `/` separators. */
export function files(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}
