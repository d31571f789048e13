// Builds fixture folders with DISCLOSE_CONTENT and DISCLOSE_NOW and checks what lands in dist/.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, files, sharedBuild, ROOT, type BuildResult } from '../helpers/build.ts';
import { expected, overlay } from '../helpers/fixtures.ts';

const cleanup: string[] = [];
afterAll(() => cleanup.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const read = (r: BuildResult, f: string) => fs.readFileSync(path.join(r.outDir, f), 'utf8');
const HELD = {
  'ACME-SA-2025-002': ['draft', 'quartz lantern'],
  'ACME-SA-2025-003': ['embargoed', 'saffron gateway'],
  'ACME-SA-2025-004': ['scheduled until 2025-11-20T14:00:00Z', 'cobalt scheduler'],
  'ACME-SA-2025-005': ['fix 2.0.2 not released (due 2025-12-15T00:00:00Z)', 'amber queue'],
} as const;

describe('a fixture site built as of 2025-11-01', () => {
  let r: BuildResult;
  beforeAll(() => {
    r = sharedBuild('tests/fixtures/site', '2025-11-01T00:00:00Z');
  });

  it('succeeds and reports each held-back advisory with its reason', () => {
    expect(r.status, r.output).toBe(0);
    for (const [id, [reason]] of Object.entries(HELD)) {
      expect(r.output).toContain(`held back: ${id} (tests/fixtures/site/advisories/2025/${id}.mdx): ${reason}`);
    }
    expect(r.output).toContain('2 of 10 advisories public at 2025-11-01T00:00:00Z from tests/fixtures/site');
  });

  it('writes pages for the public advisories only', () => {
    const pages = files(r.outDir).filter((f) => f.startsWith('advisories/'));
    expect(pages).toEqual(['advisories/ACME-SA-2025-001/index.html', 'advisories/ACME-SA-2025-006/index.html', 'advisories/index.html']);
  });

  it('leaks nothing of the held-back advisories into any file', () => {
    for (const f of files(r.outDir)) {
      const text = read(r, f);
      for (const [id, [, phrase]] of Object.entries(HELD)) {
        expect(text, `${f} mentions ${id}`).not.toContain(id);
        expect(text, `${f} mentions ${phrase}`).not.toContain(phrase);
      }
    }
  });

  it('shows the facts of an advisory', () => {
    const html = read(r, 'advisories/ACME-SA-2025-001/index.html');
    expect(html).toContain('<link rel="canonical" href="https://security.acme.test/advisories/ACME-SA-2025-001/">');
    expect(html).toContain('Moderately critical 13/25');
    expect(html).toContain('AC:Basic/A:User/CI:Some/II:Some/E:Theoretical/TD:Default');
    expect(html).toContain('href="https://www.cve.org/CVERecord?id=CVE-2025-10001"');
    expect(html).toContain('href="https://github.com/advisories/GHSA-2222-3333-4444"');
    expect(html).toContain('Widget titles were printed without escaping');
  });

  it('lists the public advisories with a withdrawn marker', () => {
    const html = read(r, 'advisories/index.html');
    expect(html).toContain('ACME-SA-2025-001');
    expect(html.indexOf('ACME-SA-2025-006')).toBeLessThan(html.indexOf('ACME-SA-2025-001'));
    expect(html).toMatch(/ACME-SA-2025-006[\s\S]*Withdrawn/);
  });
});

describe('the same folder built after the embargoes lift', () => {
  it('publishes the scheduled advisory and the one whose fix shipped', () => {
    const r = build('tests/fixtures/site', '2025-12-15T00:00:00Z');
    cleanup.push(r.outDir);
    expect(r.status, r.output).toBe(0);
    const pages = files(r.outDir).filter((f) => /^advisories\/ACME/.test(f));
    expect(pages).toEqual(['001', '004', '005', '006'].map((n) => `advisories/ACME-SA-2025-${n}/index.html`));
  });
});

describe('a folder with several mistakes', () => {
  it('fails with every problem, one line each, and leaves no dist', () => {
    const dir = overlay('several-mistakes');
    cleanup.push(dir);
    const outDir = path.join(dir, 'dist');
    fs.mkdirSync(outDir);
    fs.writeFileSync(path.join(outDir, 'stale.html'), 'from an earlier build');
    const r = build(dir, '2025-11-01T00:00:00Z', outDir);
    expect(r.status).not.toBe(0);
    for (const line of expected('several-mistakes')) expect(r.output).toContain(line.replace(/^content\//, `${dir}/`));
    expect(r.output).toContain(`${expected('several-mistakes').length} problems in ${dir}; nothing was built`);
    expect(fs.existsSync(outDir)).toBe(false);
  });
});

describe('a folder whose only problem is in an advisory body, built under GitHub Actions', () => {
  // The body check runs on a worker while Astro loads the content; the build waits for it.
  it('fails with that problem before anything is bundled, annotated on its line, and leaves no dist', () => {
    const dir = overlay('mdx-only');
    cleanup.push(dir);
    const outDir = path.join(dir, 'dist');
    const r = build(dir, '2025-11-01T00:00:00Z', outDir, { env: { GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: path.dirname(dir) } });
    expect(r.status).not.toBe(0);
    const file = `${path.basename(dir)}/advisories/2025/ACME-SA-2025-010.mdx`;
    const places = ['line=13,col=1', 'line=15,col=1', 'line=17,col=17'];
    expected('mdx-only').forEach((line, i) => {
      expect(r.output).toContain(`\n::error file=${file},${places[i]},title=body::${line.replace(/^content\//, `${dir}/`)}\n`);
    });
    expect(r.output).toMatch(new RegExp(`${expected('mdx-only').length} problems? in ${dir}; nothing was built`));
    expect(r.output).not.toContain('Building static entrypoints');
    expect(r.output).not.toContain('generating static routes');
    expect(fs.existsSync(outDir)).toBe(false);
  });
});

describe('the default content', () => {
  it('builds the Mautic site with 59 advisory pages', () => {
    const r = sharedBuild(path.join(ROOT, 'content'), '2026-11-29T00:00:00Z');
    expect(r.status, r.output).toBe(0);
    expect(files(r.outDir).filter((f) => /^advisories\/MAUTIC-SA-\d{4}-\d{3}\/index\.html$/.test(f))).toHaveLength(59);
    expect(read(r, 'advisories/MAUTIC-SA-2024-014/index.html')).toContain('Withdrawn');
  });
});
