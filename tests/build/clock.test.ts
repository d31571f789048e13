// One build, one instant: with DISCLOSE_NOW unset the build reads the clock exactly once. The
// clock here moves an hour per reading and starts 30 minutes before ACME-SA-2025-004 goes
// public, so any second reading would disagree with the first about that advisory — the pages
// would list it while the guard held it back, and the build would fail on a false leak.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { projectRoot, userEnv } from '../helpers/build.ts';

const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-clock-'));
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

it('reads the clock once per build and publishes as of that one instant', { timeout: 300_000 }, () => {
  const env = userEnv({ DISCLOSE_CONTENT: 'tests/fixtures/site', ASTRO_TELEMETRY_DISABLED: '1', DISCLOSE_NOW: undefined });
  const r = spawnSync(process.execPath, [path.join(projectRoot(), 'tests/helpers/clock-build.ts'), '2025-11-20T13:30:00Z', outDir], { cwd: projectRoot(), env, encoding: 'utf8', timeout: 240_000 });
  const output = `${r.stdout}\n${r.stderr}`;
  expect(r.status, output).toBe(0);
  expect(output).toContain('clock reads: 1');
  expect(output).toContain('held back: ACME-SA-2025-004 (tests/fixtures/site/advisories/2025/ACME-SA-2025-004.mdx): scheduled until 2025-11-20T14:00:00Z');
  expect(output).toContain('at 2025-11-20T13:30:00Z');
  expect(output).toMatch(/embargo guard: .*no leaks/);
  expect(fs.existsSync(path.join(outDir, 'advisories/ACME-SA-2025-004'))).toBe(false);
  expect(fs.existsSync(path.join(outDir, 'advisories/ACME-SA-2025-001/index.html'))).toBe(true);
});
