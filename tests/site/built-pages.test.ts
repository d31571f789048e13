// Every built page of the fixture site and of the default site: valid HTML (html-validate's
// recommended preset) and internal links and anchors that resolve.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import { files, ROOT, sharedBuild, type BuildResult } from '../helpers/build.ts';
import { checkLinks } from '../helpers/links.ts';
import { inlineCode } from '../helpers/inline-code.ts';
import { META_POLICY } from '../../src/site/security-headers.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  // Only the exceptions the issue allows: advisory titles run to 120 characters. Inline style
  // stays an error: the Content Security Policy forbids it.
  rules: { 'long-title': 'off', 'no-trailing-whitespace': 'off', 'doctype-style': 'off', 'meta-refresh': 'off' },
});

const SITES = {
  'the fixture site': { content: 'tests/fixtures/site', now: '2026-01-10T00:00:00Z', origin: 'https://security.acme.test' },
  'the default site': { content: path.join(ROOT, 'content'), now: '2026-11-29T00:00:00Z', origin: 'https://security.mautic.org' },
};

const builds = new Map<string, BuildResult>();
beforeAll(() => {
  for (const [name, s] of Object.entries(SITES)) {
    const r = sharedBuild(s.content, s.now);
    if (r.status !== 0) throw new Error(r.output);
    builds.set(name, r);
  }
});

describe.each(Object.entries(SITES))('%s', (name, site) => {
  it('has only valid HTML pages', async () => {
    const dir = builds.get(name)!.outDir;
    const pages = files(dir).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(path.join(dir, page));
      for (const result of report.results) for (const m of result.messages) errors.push(`${page}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('has pages that run under the Content Security Policy: stated first, and nothing inline it would block', () => {
    const dir = builds.get(name)!.outDir;
    const problems = files(dir)
      .filter((f) => f.endsWith('.html'))
      .flatMap((page) => inlineCode(fs.readFileSync(path.join(dir, page), 'utf8'), META_POLICY).map((p) => `${page}: ${p}`));
    expect(problems).toEqual([]);
  });

  it('has internal links and anchors that all resolve', () => {
    expect(checkLinks(builds.get(name)!.outDir, site.origin)).toEqual([]);
  });
});

describe('the default site’s response times', () => {
  it('says plainly that no public Mautic record has a timeline, and draws no chart', () => {
    const html = fs.readFileSync(path.join(builds.get('the default site')!.outDir, 'response-times/index.html'), 'utf8');
    expect(html).toContain('None of the 59 public advisories records when its report arrived, so there is nothing to measure yet.');
    expect(html).not.toMatch(/<svg\b|<table\b/);
  });
});

describe('the link check itself', () => {
  it('reports a missing page, a missing anchor and an internal absolute link, and skips external ones', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-links-'));
    fs.mkdirSync(path.join(dir, 'a'));
    fs.writeFileSync(path.join(dir, 'a/index.html'), '<h1 id="top">A</h1>');
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      '<a href="/a/#top">ok</a><a href="/a/#gone">x</a><a href="/b/">x</a><a href="https://site.test/c/">x</a><a href="https://elsewhere.test/">ok</a><a href="mailto:x@y.z">ok</a>',
    );
    expect(checkLinks(dir, 'https://site.test').map((b) => `${b.href} ${b.problem}`)).toEqual([
      '/a/#gone no id "gone"',
      '/b/ no such file',
      'https://site.test/c/ no such file',
    ]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
