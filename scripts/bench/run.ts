/**
 * `npm run bench [-- --sizes 1000,5000,10000] [--runs 3] [--json]`: builds synthetic content
 * folders of N advisories and prints, for each N, the cold build time, the warm rebuild after one
 * advisory changes, the peak memory of the whole build, the time in the embargo guard, the search
 * indexer and the export writer (the last two overlap the rendering), the size of dist/, the time
 * per advisory, and the floor (scripts/bench/floor.ts) with the ratio build / floor, and a bare
 * Astro + MDX site over the same content with the ratio build / bare. With `--runs`, each time is
 * the median of that many runs. Absolute times vary by machine; the ratios travel. Work folders
 * live under .bench/ in the repository (Astro keeps build scratch files beside the output folder
 * only when that is inside the working directory).
 */
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeSyntheticContent } from './synthetic.ts';
import { writeBareSite } from './bare-site.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (flag('--sizes') ?? '1000,5000,10000').split(',').map(Number);
const json = args.includes('--json');
/** Each figure is the median of this many runs (`--runs`, default 1); peaks are the maximum. */
const runs = Math.max(1, Number(flag('--runs') ?? 1));
const NOW = '2026-06-01T12:00:00Z';

interface Run {
  seconds: number;
  peakMB: number;
  output: string;
  status: number | null;
}

/** Wall time and peak resident memory of a whole process, via GNU time. */
function timed(command: string[], env: Record<string, string> = {}): Run {
  const stats = path.join(os.tmpdir(), `disclose-bench-time-${process.pid}`);
  const started = process.hrtime.bigint();
  const r = spawnSync('/usr/bin/time', ['-f', '%M', '-o', stats, ...command], {
    cwd: ROOT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakKB = Number(fs.readFileSync(stats, 'utf8').trim().split('\n').at(-1));
  return { seconds, peakMB: peakKB / 1024, output: `${r.stdout}\n${r.stderr}`, status: r.status };
}

/** The run with the median wall time (the lower middle one for an even count). */
function median(list: Run[]): Run {
  return [...list].sort((a, b) => a.seconds - b.seconds)[Math.floor((list.length - 1) / 2)]!;
}

function distStats(dir: string) {
  let files = 0;
  let bytes = 0;
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    if (!e.isFile()) continue;
    files++;
    bytes += fs.statSync(path.join(e.parentPath, e.name)).size;
  }
  return { files, bytes };
}

/** HTML of one advisory page plus the CSS it links, in KB; JavaScript is counted in the tests. */
function pageWeight(dist: string, id: string): number {
  const html = fs.readFileSync(path.join(dist, 'advisories', id, 'index.html'), 'utf8');
  const css = [...html.matchAll(/href="(\/[^"]+\.css)"/g)].reduce((sum, m) => sum + fs.statSync(path.join(dist, m[1]!)).size, 0);
  return (Buffer.byteLength(html) + css) / 1024;
}

/** The heaviest page of the advisory list, in KB of HTML. */
function largestListPage(dist: string): number {
  const pages = (fs.readdirSync(path.join(dist, 'advisories'), { recursive: true }) as string[]).filter(
    (f) => f.endsWith('index.html') && !/^[A-Z]/.test(f),
  );
  return Math.max(...pages.map((f) => fs.statSync(path.join(dist, 'advisories', f)).size)) / 1024;
}

const secondsIn = (output: string, pattern: RegExp) => {
  const m = pattern.exec(output);
  return m ? Number(m[1]) : undefined;
};

const results = [];
for (const n of sizes) {
  fs.mkdirSync(path.join(ROOT, '.bench'), { recursive: true });
  const work = fs.mkdtempSync(path.join(ROOT, '.bench', `n${n}-`));
  const content = path.join(work, 'content');
  const advisories = writeSyntheticContent(content, {
    seed: n,
    count: n,
    now: new Date(NOW),
    spreadDays: 900,
    // Mostly public, as on a real site, with some of every kind held back.
    heldShare: 0.05,
    scheduledShare: 0.03,
    unreleasedShare: 0.03,
  });
  const cache = path.join(ROOT, 'node_modules/.astro', crypto.createHash('sha256').update(content).digest('hex').slice(0, 12));
  fs.rmSync(cache, { recursive: true, force: true });
  const env = { DISCLOSE_CONTENT: content, DISCLOSE_NOW: NOW };
  const astro = [process.execPath, path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', path.join(work, 'dist')];

  const bareRoot = path.join(work, 'bare');
  writeBareSite(bareRoot, path.join(content, 'advisories'));
  const changed = advisories.find((a) => a.status === 'published')!;
  const colds: Run[] = [];
  const warms: Run[] = [];
  const floors: Run[] = [];
  const bares: Run[] = [];
  for (let run = 0; run < runs; run++) {
    // Every run starts cold: no content-layer cache and no earlier output, for both sites.
    for (const dir of [cache, path.join(work, 'dist'), path.join(work, 'floor'), path.join(bareRoot, 'dist'), path.join(bareRoot, 'node_modules'), path.join(bareRoot, '.astro')]) {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const cold = timed(astro, env);
    if (cold.status !== 0) throw new Error(`build of ${n} advisories failed:\n${cold.output.slice(-4000)}`);
    colds.push(cold);
    fs.appendFileSync(changed.file, '\nOne more sentence, added to measure a rebuild after a single change.\n');
    const warm = timed(astro, env);
    if (warm.status !== 0) throw new Error(`rebuild of ${n} advisories failed:\n${warm.output.slice(-4000)}`);
    warms.push(warm);
    floors.push(timed([process.execPath, path.join(ROOT, 'scripts/bench/floor.ts'), content, path.join(work, 'floor')]));
    const bare = timed([process.execPath, path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--root', bareRoot], { ASTRO_TELEMETRY_DISABLED: '1' });
    if (bare.status !== 0) throw new Error(`bare Astro build of ${n} advisories failed:\n${bare.output.slice(-4000)}`);
    bares.push(bare);
  }
  const cold = median(colds);
  const warm = median(warms);
  const floor = median(floors);
  const bare = median(bares);
  const dist = distStats(path.join(work, 'dist'));

  results.push({
    advisories: n,
    coldSeconds: cold.seconds,
    warmSeconds: warm.seconds,
    runs,
    peakMB: Math.max(...colds.map((r) => r.peakMB), ...warms.map((r) => r.peakMB)),
    guardSeconds: secondsIn(cold.output, /embargo guard: .*? in ([\d.]+) s \(/),
    searchIndexSeconds: secondsIn(cold.output, /search index(?:er)?[^\n]* in ([\d.]+) s/i),
    exportsSeconds: secondsIn(cold.output, /export files for \d+ advisories in ([\d.]+) s/),
    distFiles: dist.files,
    distMB: dist.bytes / 1024 / 1024,
    msPerAdvisory: (cold.seconds * 1000) / n,
    floorSeconds: floor.seconds,
    ratio: cold.seconds / floor.seconds,
    bareSeconds: bare.seconds,
    barePeakMB: Math.max(...bares.map((r) => r.peakMB)),
    bareRatio: cold.seconds / bare.seconds,
    advisoryPageKB: pageWeight(path.join(work, 'dist'), advisories.find((a) => fs.existsSync(path.join(work, 'dist/advisories', a.id)))!.id),
    listPageKB: largestListPage(path.join(work, 'dist')),
  });
  fs.rmSync(work, { recursive: true, force: true });
  fs.rmSync(cache, { recursive: true, force: true });
}

if (json) {
  console.log(JSON.stringify(results, null, 2));
} else {
  const f = (v: number | undefined, d = 1) => (v === undefined ? 'n/a' : v.toFixed(d));
  const rows = [
    ['N', 'cold s', 'warm s', 'peak MB', 'guard s', 'guard %', 'search s', 'exports s', 'dist files', 'dist MB', 'ms/adv', 'floor s', 'build/floor', 'bare s', 'build/bare', 'page KB', 'list KB'],
    ...results.map((r) => [
      String(r.advisories), f(r.coldSeconds), f(r.warmSeconds), f(r.peakMB, 0), f(r.guardSeconds, 2),
      f(r.guardSeconds === undefined ? undefined : (100 * r.guardSeconds) / r.coldSeconds), f(r.searchIndexSeconds, 2), f(r.exportsSeconds, 2),
      String(r.distFiles), f(r.distMB), f(r.msPerAdvisory, 2), f(r.floorSeconds), f(r.ratio, 2),
      f(r.bareSeconds), f(r.bareRatio, 2), f(r.advisoryPageKB), f(r.listPageKB),
    ]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  for (const r of rows) console.log(r.map((c, i) => c.padStart(widths[i]!)).join('  '));
}
