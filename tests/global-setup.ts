/**
 * One folder for the whole test run, removed when it ends: each test process's project root
 * and the builds test files share (tests/helpers/build.ts) live in it. Test processes start
 * after this runs, so they inherit DISCLOSE_TEST_TMP.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-test-'));
  process.env.DISCLOSE_TEST_TMP = dir;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
