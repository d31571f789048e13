// The benchmark runs end to end at a small size and reports every figure. No time assertions:
// timings belong in the bench output, not in tests.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, it } from 'vitest';
import { projectRoot, userEnv } from '../helpers/build.ts';

it('npm run bench -- --sizes 50 --json completes with every field', () => {
  const r = spawnSync(process.execPath, [path.join(projectRoot(), 'scripts/bench/run.ts'), '--sizes', '50', '--json'], {
    cwd: projectRoot(),
    env: userEnv(),
    encoding: 'utf8',
    timeout: 240_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  expect(r.status, r.stderr).toBe(0);
  const [row] = JSON.parse(r.stdout) as Record<string, number>[];
  for (const field of [
    'advisories', 'coldSeconds', 'warmSeconds', 'peakMB', 'guardSeconds', 'searchIndexSeconds', 'exportsSeconds', 'distFiles', 'distMB', 'msPerAdvisory',
    'floorSeconds', 'ratio', 'bareSeconds', 'barePeakMB', 'bareRatio', 'advisoryPageKB', 'listPageKB',
  ]) {
    expect(typeof row![field], field).toBe('number');
    expect(Number.isFinite(row![field]), field).toBe(true);
  }
  expect(row!.advisories).toBe(50);
  expect(row!.distFiles).toBeGreaterThan(50);
}, 300_000);
