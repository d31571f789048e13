// The maintainer commands, run as a maintainer runs them: new, check and announce.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, userEnv } from '../helpers/build.ts';
import { SITE_FIXTURE } from '../helpers/fixtures.ts';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const tmp = (name: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `disclose-${name}-`));
  cleanup.push(dir);
  return dir;
};

function run(script: string, args: string[], env: Record<string, string>) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: userEnv(env),
    encoding: 'utf8',
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run new', () => {
  it('scaffolds the next draft, which check reports with its placeholders, and never overwrites', () => {
    const content = path.join(tmp('new'), 'content');
    fs.cpSync(SITE_FIXTURE, content, { recursive: true });
    const env = { DISCLOSE_CONTENT: content, DISCLOSE_NOW: '2025-11-01T09:30:00Z' };
    const first = run('new.ts', ['--title', 'Stored XSS in the widget list', '--component', 'api'], env);
    expect(first.status, first.stderr).toBe(0);
    const file = path.join(content, 'advisories/2025/ACME-SA-2025-023.mdx');
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain('title: "Stored XSS in the widget list"');
    expect(text).toContain('status: draft');
    expect(text).toContain('components: [api]');
    expect(text).toContain('  - package: acme/app');

    const check = run('check.ts', [], env);
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`held back at 2025-11-01T09:30:00Z: ACME-SA-2025-023 (${file}): draft`);
    const lines = check.stderr.trim().split('\n').filter((l) => l.startsWith(file));
    expect(lines.length).toBeGreaterThanOrEqual(8);
    for (const line of lines) expect(line).toContain('is still a placeholder');

    const second = run('new.ts', ['--title', 'Another one'], env);
    expect(second.status).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(text);
    expect(fs.existsSync(path.join(content, 'advisories/2025/ACME-SA-2025-024.mdx'))).toBe(true);
  });
});

describe('npm run announce', () => {
  const env = { DISCLOSE_CONTENT: SITE_FIXTURE, DISCLOSE_NOW: '2025-12-20T00:00:00Z' };
  it('writes the email, the Markdown post and the social post (golden files)', () => {
    const out = tmp('announce');
    const r = run('announce.ts', ['ACME-SA-2025-005', 'ACME-SA-2025-004', '--out', out], env);
    expect(r.status, r.stderr).toBe(0);
    for (const name of ['email.txt', 'post.md', 'social.txt']) {
      expect(fs.readFileSync(path.join(out, name), 'utf8'), name).toBe(fs.readFileSync(path.join(ROOT, 'tests/fixtures/announce', name), 'utf8'));
    }
    expect(fs.readFileSync(path.join(out, 'social.txt'), 'utf8').trim().length).toBeLessThanOrEqual(280);
  });

  it('refuses advisories that are not public, saying which and why', () => {
    const r = run('announce.ts', ['ACME-SA-2025-002', 'ACME-SA-2025-001', 'ACME-SA-2025-003'], env);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('announce: ACME-SA-2025-002: not public at 2025-12-20T00:00:00Z (draft)');
    expect(r.stderr).toContain('announce: ACME-SA-2025-003: not public at 2025-12-20T00:00:00Z (embargoed)');
    expect(r.stdout).toBe('');
  });
});

describe('npm run guard', () => {
  const env = { DISCLOSE_CONTENT: SITE_FIXTURE, DISCLOSE_NOW: '2025-11-01T00:00:00Z' };
  const site = (html: string) => {
    const dir = tmp('guard');
    fs.writeFileSync(path.join(dir, 'index.html'), html);
    return dir;
  };

  it('passes a folder that holds nothing held back, and says what it scanned', () => {
    const dir = site('<h1>Widget titles were printed without escaping</h1>');
    const r = run('guard.ts', [dir], env);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^embargo guard: 2 public, 8 held back \(draft 1, embargoed 1, scheduled 5, fix not released 1\), 1 announcement scheduled; scanned 1 files, .* no leaks$/m);
    expect(fs.existsSync(dir)).toBe(true);
  });

  it('fails on a leak built elsewhere, names it, and removes the folder', () => {
    const dir = site('<p>Draft about the importer <b>quartz</b> lantern</p>');
    const r = run('guard.ts', [dir], env);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`embargo guard: ACME-SA-2025-002 (draft) leaked into ${dir}/index.html: title "Draft about the importer quartz lantern"`);
    expect(r.stderr).toContain(`${dir}/ removed so nothing can be deployed`);
    expect(fs.existsSync(dir)).toBe(false);
  });
});
