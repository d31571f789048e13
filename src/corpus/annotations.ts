/**
 * How `npm run check` and the build print problems and warnings (README, "Problems on the pull
 * request"). Locally each is the house-style line. Under GitHub Actions (`GITHUB_ACTIONS=true`)
 * each is a workflow command, `::error file=…,line=…,col=…,title=…::<the same line>`, which
 * GitHub shows on that line of the pull request's changed files, as it shows its own checks.
 *
 * GitHub keeps at most 10 error and 10 warning annotations per step and drops the rest without
 * a word, so a longer report says so in the log, and the job summary (GITHUB_STEP_SUMMARY)
 * lists every problem with a link to its line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { type Problem, formatProblem } from './problems.ts';
import { formatWarning } from './warnings.ts';

export type Level = 'error' | 'warning';

type Env = Record<string, string | undefined>;

/** Annotations GitHub shows per step for each level. */
export const ANNOTATIONS_PER_STEP = 10;

export const inGitHubActions = (env: Env = process.env): boolean => env.GITHUB_ACTIONS === 'true';

/** Workflow-command escaping, as GitHub's own toolkit (@actions/core) does it. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/**
 * The file as GitHub names it: relative to the checked-out repository (GITHUB_WORKSPACE), which
 * is the working directory unless a step changes it.
 */
export function repositoryPath(file: string, env: Env = process.env, cwd = process.cwd()): string {
  const root = env.GITHUB_WORKSPACE;
  if (!root) return file;
  const rel = path.relative(root, path.resolve(cwd, file));
  return rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}

/** One problem as a workflow command; the message is the line a local run prints. */
export function annotation(p: Problem, level: Level, env: Env = process.env, cwd = process.cwd()): string {
  const properties: [string, string | number | undefined][] = [
    ['file', repositoryPath(p.file, env, cwd)],
    ['line', p.line],
    ['col', p.column],
    ['title', p.field || 'file'],
  ];
  const props = properties.filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  const local = level === 'warning' ? formatWarning(p) : formatProblem(p);
  return `::${level} ${props.join(',')}::${escapeData(local)}`;
}

/** The lines to print for problems (or warnings): workflow commands under GitHub Actions, else the house style. */
export function problemLines(problems: readonly Problem[], level: Level, env: Env = process.env, cwd = process.cwd()): string[] {
  if (!inGitHubActions(env)) return problems.map(level === 'warning' ? formatWarning : formatProblem);
  const lines = problems.map((p) => annotation(p, level, env, cwd));
  if (problems.length > ANNOTATIONS_PER_STEP) {
    const kind = level === 'warning' ? 'warnings' : 'problems';
    lines.push(`GitHub shows the first ${ANNOTATIONS_PER_STEP} of these ${problems.length} ${kind} on the pull request; the lines above and the job summary list them all.`);
  }
  return lines;
}

/** Prints problems: to stdout as workflow commands under GitHub Actions (where the runner reads them), else to stderr. */
export function printProblems(problems: readonly Problem[], level: Level, env: Env = process.env): void {
  const lines = problemLines(problems, level, env);
  for (const line of lines) (inGitHubActions(env) ? console.log : console.error)(line);
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

/** Markdown for the job summary: every problem and warning, each linked to its line at the commit under test. */
export function stepSummary(heading: string, errors: readonly Problem[], warnings: readonly Problem[] = [], env: Env = process.env, cwd = process.cwd()): string {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_SHA: sha } = env;
  const row = (level: Level) => (p: Problem) => {
    const file = repositoryPath(p.file, env, cwd);
    const where = cell(`${file}${p.line ? `:${p.line}` : ''}`);
    const link = server && repo && sha && p.line ? `[${where}](${server}/${repo}/blob/${sha}/${encodeURI(file)}#L${p.line})` : where;
    return `| ${level} | ${link} | ${p.field ? `\`${cell(p.field)}\`` : ''} | ${cell(p.message)} |`;
  };
  return [
    `### ${heading}`,
    '',
    '| | where | field | what is wrong, and the fix |',
    '|---|---|---|---|',
    ...errors.map(row('error')),
    ...warnings.map(row('warning')),
    '',
  ].join('\n');
}

/** Appends the summary to the job summary file, when GitHub Actions provides one and there is something to say. */
export function writeStepSummary(heading: string, errors: readonly Problem[], warnings: readonly Problem[] = [], env: Env = process.env): void {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!inGitHubActions(env) || !file || errors.length + warnings.length === 0) return;
  fs.appendFileSync(file, `${stepSummary(heading, errors, warnings, env)}\n`);
}
