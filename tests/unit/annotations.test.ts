// Problems as GitHub Actions annotations: each kind of problem points at the line (and column)
// of its field, the workflow-command text is escaped as GitHub's toolkit escapes it, and a local
// run prints exactly what it printed before.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ANNOTATIONS_PER_STEP, annotation, problemLines, stepSummary } from '../../src/corpus/annotations.ts';
import { fieldLocator } from '../../src/corpus/positions.ts';
import type { Problem } from '../../src/corpus/problems.ts';
import { validateContent } from '../../src/corpus/validate.ts';
import { ROOT, userEnv } from '../helpers/build.ts';
import { expected, overlay } from '../helpers/fixtures.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

/** A broken fixture laid out as a repository would hold it: <workspace>/content/…. */
function workspace(caseName: string): { root: string; content: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-workspace-'));
  made.push(root);
  const content = path.join(root, 'content');
  const dir = overlay(caseName);
  fs.renameSync(dir, content);
  return { root, content };
}

const ACTIONS = (root: string) => ({ GITHUB_ACTIONS: 'true', GITHUB_WORKSPACE: root });

async function annotations(caseName: string): Promise<string[]> {
  const { root, content } = workspace(caseName);
  const { problems } = await validateContent(content);
  return problemLines(problems, 'error', ACTIONS(root)).map((l) => l.split(content).join('content'));
}

const ADVISORY = 'content/advisories/2025/ACME-SA-2025-010.mdx';

describe('each kind of problem is annotated on the line of its field', () => {
  it.each([
    // A schema problem on a top-level field, its key's line.
    ['field-types', `::error file=${ADVISORY},line=4,col=1,title=status::${ADVISORY}: status: found "live", want one of draft | embargoed | published | withdrawn`],
    // A list item inside a flow sequence: the item's own column.
    ['field-types', `::error file=${ADVISORY},line=8,col=7,title=cwe[0]::${ADVISORY}: cwe[0]: found 79, want a CWE id such as CWE-79`],
    // A key inside a flow mapping inside a block list.
    ['field-types', `::error file=${ADVISORY},line=12,col=18,title=references[0].url::${ADVISORY}: references[0].url: found "not-a-url", want an absolute http(s) URL such as https://example.org/`],
    // A misspelt key: the line the author wrote it on.
    ['unknown-field', `::error file=${ADVISORY},line=5,col=1,title=publishd::${ADVISORY}: publishd: unknown field (did you mean published? rename it)`],
    // A rule across files (releases.yaml), deep in the advisory's ranges.
    ['fixed-not-release', `::error file=${ADVISORY},line=11,col=30,title=affected[0].ranges[1].fixed::${ADVISORY}: affected[0].ranges[1].fixed: 3.0.11 is not a release in releases.yaml (add it there or correct the version)`],
    // releases.yaml: a list at the top level, then a nested list.
    ['releases-dates', '::error file=content/releases.yaml,line=19,col=9,title=[1].releases[4].version::content/releases.yaml: [1].releases[4].version: 1.0.5 does not belong to branch 2.0 (move it to branch 1.0)'],
    // site.yaml: a nested mapping.
    ['site-settings', '::error file=content/site.yaml,line=8,col=12,title=targets.acknowledge::content/site.yaml: targets.acknowledge: found "24 hours", want an ISO-8601 duration such as PT24H'],
    // The MDX body check: the line and column in the file, past the frontmatter.
    ['mdx-only', `::error file=${ADVISORY},line=17,col=17,title=body::${ADVISORY}: body: a {…} expression at line 17, column 17 is MDX-only syntax; advisory bodies are Markdown (write it as Markdown, or put a literal < or { inside backticks)`],
    // A placeholder line in the body.
    ['placeholder', `::error file=${ADVISORY},line=17,col=1,title=body::${ADVISORY}: body: line 17 is still a placeholder, "TODO: what the flaw is and where it sits." (write that part)`],
    // A YAML syntax error in the frontmatter, at its line in the file.
    ['yaml-syntax', `::error file=${ADVISORY},line=11,col=4,title=file::${ADVISORY}: YAML does not parse at line 11, column 4: bad indentation of a sequence entry (fix the syntax)`],
    // An announcement's list item, found by a rule against releases.yaml.
    ['announcement-notice', '::error file=content/announcements/out-of-schedule.mdx,line=5,col=19,title=branches[1]::content/announcements/out-of-schedule.mdx: branches[1]: "3.0" is not a branch in releases.yaml (add it there or correct it)'],
    // The id comes from the file name, which has no line: the file's first.
    ['id-pattern', '::error file=content/advisories/2025/ACME-SA-2025-7.mdx,line=1,col=1,title=id::content/advisories/2025/ACME-SA-2025-7.mdx: id: file name "ACME-SA-2025-7" is not an advisory id (want ACME-SA-<year>-<number> with at least three digits, e.g. ACME-SA-2025-001; rename the file)'],
  ])('%s', async (caseName, line) => {
    expect(await annotations(caseName)).toContain(line);
  });

  it('annotates every problem of a folder, in the order a local run lists them', async () => {
    const lines = await annotations('several-mistakes');
    expect(lines.map((l) => l.replace(/^::error [^:]*::/, ''))).toEqual(expected('several-mistakes'));
    expect(lines.every((l) => /^::error file=content\/[^,]+,line=\d+,col=\d+,title=[^:]+::/.test(l))).toBe(true);
  });
});

describe('the workflow command', () => {
  const p: Problem = { file: 'content/a,b:c.mdx', field: 'x', message: '100% wrong\r\nsecond line', line: 3, column: 2 };

  it('escapes data and properties as GitHub’s toolkit does', () => {
    expect(annotation(p, 'error', {})).toBe('::error file=content/a%2Cb%3Ac.mdx,line=3,col=2,title=x::content/a,b:c.mdx: x: 100%25 wrong%0D%0Asecond line');
  });

  it('leaves out the line of a file that does not exist, and names a whole-file problem’s title', () => {
    expect(annotation({ file: 'content/site.yaml', field: '', message: 'is missing' }, 'error', {})).toBe('::error file=content/site.yaml,title=file::content/site.yaml: is missing');
  });

  it('gives warnings their own level, with the local warning text', () => {
    expect(annotation({ ...p, message: 'looks odd' }, 'warning', {})).toBe('::warning file=content/a%2Cb%3Ac.mdx,line=3,col=2,title=x::warning: content/a,b:c.mdx: x: looks odd');
  });

  it('names the file relative to the checked-out repository', () => {
    const env = { GITHUB_WORKSPACE: path.join(os.tmpdir(), 'repo') };
    expect(annotation({ ...p, file: path.join(os.tmpdir(), 'repo/content/x.mdx') }, 'error', env)).toMatch(/^::error file=content\/x\.mdx,/);
  });

  it('says when GitHub will show only some of the annotations', () => {
    const many = Array.from({ length: ANNOTATIONS_PER_STEP + 1 }, (_, i) => ({ ...p, line: i + 1 }));
    expect(problemLines(many, 'error', { GITHUB_ACTIONS: 'true' }).at(-1)).toBe(
      'GitHub shows the first 10 of these 11 problems on the pull request; the lines above and the job summary list them all.',
    );
    expect(problemLines(many.slice(1), 'error', { GITHUB_ACTIONS: 'true' })).toHaveLength(ANNOTATIONS_PER_STEP);
  });

  it('is only printed under GitHub Actions: locally the lines stay as they were', () => {
    for (const env of [{}, { GITHUB_ACTIONS: 'false' }, { CI: 'true' }]) {
      expect(problemLines([p], 'error', env)).toEqual(['content/a,b:c.mdx: x: 100% wrong\r\nsecond line']);
      expect(problemLines([p], 'warning', env)).toEqual(['warning: content/a,b:c.mdx: x: 100% wrong\r\nsecond line']);
    }
  });
});

describe('the job summary', () => {
  it('lists every problem in a table, linked to its line at the commit under test', () => {
    const env = { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'acme/security', GITHUB_SHA: 'abc123' };
    const md = stepSummary('npm run check: 1 problem', [{ file: 'content/x.mdx', field: 'cve[0]', message: 'a | b', line: 7 }], [{ file: 'content/y.mdx', field: '', message: 'odd' }], env);
    expect(md.split('\n')).toEqual([
      '### npm run check: 1 problem',
      '',
      '| | where | field | what is wrong, and the fix |',
      '|---|---|---|---|',
      '| error | [content/x.mdx:7](https://github.com/acme/security/blob/abc123/content/x.mdx#L7) | `cve[0]` | a \\| b |',
      '| warning | content/y.mdx |  | odd |',
      '',
    ]);
  });
});

describe('field positions', () => {
  const at = fieldLocator('a: 1\nb:\n  c.d: 2\n  e: [x, y]\nlist:\n  - k: v\n', 5);

  it('finds keys with dots, flow items and block items, and falls back to the parent of an absent field', () => {
    expect(at('b.c.d')).toEqual({ line: 7, column: 3 });
    expect(at('b.e[1]')).toEqual({ line: 8, column: 10 });
    expect(at('list[0].k')).toEqual({ line: 10, column: 5 });
    expect(at('b.missing')).toEqual({ line: 6, column: 1 });
    expect(at('list[3]')).toEqual({ line: 9, column: 1 });
    expect(at('nowhere')).toEqual({ line: 1, column: 1 });
  });
});

describe('npm run check under GitHub Actions', () => {
  it('prints an annotation per problem, writes the job summary, and still fails', () => {
    const { root } = workspace('fixed-not-release');
    const summary = path.join(root, 'summary.md');
    const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts/check.ts')], {
      cwd: root,
      env: userEnv({ ...ACTIONS(root), GITHUB_STEP_SUMMARY: summary, DISCLOSE_CONTENT: 'content', DISCLOSE_NOW: '2025-11-01T00:00:00Z' }),
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(
      `::error file=${ADVISORY},line=11,col=30,title=affected[0].ranges[1].fixed::${ADVISORY}: affected[0].ranges[1].fixed: 3.0.11 is not a release in releases.yaml (add it there or correct the version)\n`,
    );
    expect(r.stderr).not.toContain(`\n${ADVISORY}:`);
    expect(r.stderr).toContain('1 problem in content');
    expect(fs.readFileSync(summary, 'utf8')).toContain(`| error | ${ADVISORY}:11 | \`affected[0].ranges[1].fixed\` | 3.0.11 is not a release in releases.yaml (add it there or correct the version) |`);
  });
});
