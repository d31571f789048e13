/**
 * Reads a content folder from disk and parses every file against its schema, without Astro.
 * `npm run check` and the build's validation both start here, so they report the same problems.
 * YAML is parsed with js-yaml, the parser Astro's content layer uses, but with its core schema:
 * dates stay strings here and are checked strictly (js-yaml's own timestamps roll 2025-13-01
 * over into the next year). The schemas accept both, so the build's Dates parse the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { z } from 'astro/zod';
import { advisorySchema, type Advisory } from './schemas/advisory.ts';
import { pageSchema, type Page } from './schemas/page.ts';
import { announcementSchema, type Announcement } from './schemas/announcement.ts';
import { siteSchema, type Site } from './schemas/site.ts';
import { branchSchema, branchShape, type Branch } from './schemas/releases.ts';
import { personSchema } from './schemas/people.ts';
import { issuesToProblems } from './schemas/format-issues.ts';
import { displayPath } from './content-dir.ts';
import type { Problem } from './problems.ts';
import type { Entry, Person } from '../domain/model.ts';

export type { Entry };

export interface Corpus {
  dir: string;
  site?: Site;
  /** site.yaml's fields that did parse, so the rules that use them run even if others fail. */
  siteFacts: Partial<Site>;
  branches: Branch[];
  advisories: Entry<Advisory>[];
  pages: Entry<Page>[];
  announcements: Entry<Announcement>[];
  /** Every MDX body with frontmatter, valid or not, so a body is checked even when its fields fail. */
  bodies: Entry<unknown>[];
  /**
   * Every advisory file with the fields that did parse, so cross-file rules (ids, aliases,
   * releases, components) still run on a file whose other fields are broken.
   */
  advisoryFacts: Entry<Partial<Advisory>>[];
  /** Every branch in releases.yaml with the fields that did parse, for the same reason. */
  branchFacts: Partial<Branch>[];
  /** credits.yaml's valid people (none when the folder has no credits.yaml). */
  people: Person[];
  /** Every entry of credits.yaml with the spellings that are text, for the cross-entry rules. */
  peopleFacts: { name?: string; aliases: (string | undefined)[] }[];
}

/** The optional file that joins several spellings of one credited name. */
export const CREDITS_FILE = 'credits.yaml';

/** The frontmatter block of an MDX file; shared with the advisories loader. */
export const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Content files with an extension, sorted; names starting with _ are ignored. */
export function listFiles(dir: string, ext: string, recursive: boolean): string[] {
  if (!fs.existsSync(dir)) return [];
  const entries = fs.readdirSync(dir, { recursive, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(ext) && !e.name.startsWith('_'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

/** A YAML syntax error, at its line in the file: `firstLine` is where the YAML starts. */
function yamlProblem(file: string, error: unknown, firstLine: number): Problem {
  const e = error as { reason?: string; mark?: { line: number; column: number }; message?: string };
  const at = e.mark ? { line: e.mark.line + firstLine, column: e.mark.column + 1 } : { line: firstLine, column: 1 };
  const where = e.mark ? ` at line ${at.line}, column ${at.column}` : '';
  return { file, field: '', message: `YAML does not parse${where}: ${e.reason ?? e.message} (fix the syntax)`, ...at };
}

function loadYaml(abs: string, problems: Problem[]): unknown {
  const file = displayPath(abs);
  try {
    return yaml.load(fs.readFileSync(abs, 'utf8'), { filename: file, schema: yaml.CORE_SCHEMA });
  } catch (error) {
    problems.push(yamlProblem(file, error, 1));
    return undefined;
  }
}

/** The first line of an MDX body: the line after its frontmatter block. */
const bodyLineOf = (frontmatter: string) => frontmatter.split('\n').length;

/**
 * A content file's YAML and the file line it starts on (2 for frontmatter, after its `---`),
 * and for MDX the body's first line: what positions.ts needs to give a field its line.
 */
export function yamlSource(abs: string): { text?: string; line: number; bodyLine?: number } {
  const source = fs.readFileSync(abs, 'utf8');
  if (!abs.endsWith('.mdx')) return { text: source, line: 1 };
  const match = FRONTMATTER.exec(source);
  return match ? { text: match[1], line: 2, bodyLine: bodyLineOf(match[0]) } : { line: 1, bodyLine: 1 };
}

function parse<S extends z.ZodType>(schema: S, file: string, value: unknown, problems: Problem[]): z.output<S> | undefined {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return result.data;
  problems.push(...issuesToProblems(file, result.error.issues));
  return undefined;
}

/** The top-level fields of `raw` that pass their own schema, for files that fail as a whole. */
function parsedFields(shape: Record<string, z.ZodType>, raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (typeof raw !== 'object' || raw === null) return out;
  for (const [key, schema] of Object.entries(shape)) {
    const result = schema.safeParse((raw as Record<string, unknown>)[key]);
    if (result.success && result.data !== undefined) out[key] = result.data;
  }
  return out;
}

function readMdx<S extends z.ZodType>(
  abs: string,
  schema: S,
  problems: Problem[],
  bodies: Entry<unknown>[],
): (Entry<z.output<S>> & { raw?: never }) | { partial: Entry<unknown> } | undefined {
  const file = displayPath(abs);
  const source = fs.readFileSync(abs, 'utf8');
  const match = FRONTMATTER.exec(source);
  if (!match) {
    problems.push({ file, field: '', message: 'has no frontmatter (start the file with a --- block of YAML fields)' });
    return undefined;
  }
  let raw: unknown;
  try {
    raw = yaml.load(match[1]!, { filename: file, schema: yaml.CORE_SCHEMA }) ?? {};
  } catch (error) {
    problems.push(yamlProblem(file, error, 2));
    return undefined;
  }
  const base = { id: path.basename(abs, '.mdx'), file, body: source.slice(match[0].length), bodyLine: bodyLineOf(match[0]) };
  bodies.push({ ...base, data: raw });
  const data = parse(schema, file, raw, problems);
  return data === undefined ? { partial: { ...base, data: raw } } : { ...base, data };
}

/** Each branch on its own, so one broken branch does not hide the releases of the others. */
function readBranches(corpus: Corpus, file: string, value: unknown, problems: Problem[]): void {
  if (!Array.isArray(value)) {
    problems.push({ file, field: '', message: 'is not a list of branches (write one "- branch: ..." entry per branch, newest first)' });
    return;
  }
  value.forEach((raw, i) => {
    const result = branchSchema.safeParse(raw, { reportInput: true });
    if (result.success) {
      corpus.branches.push(result.data);
      corpus.branchFacts.push(result.data);
      return;
    }
    problems.push(...issuesToProblems(file, result.error.issues, [i]));
    corpus.branchFacts.push(parsedFields(branchShape, raw) as Partial<Branch>);
  });
}

/** Each person on their own, like branches, so the cross-entry rules still see the valid ones. */
function readPeople(corpus: Corpus, file: string, value: unknown, problems: Problem[]): void {
  if (!Array.isArray(value)) {
    problems.push({ file, field: '', message: 'is not a list of people (write one "- name: ..." entry per person)' });
    return;
  }
  const text = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
  value.forEach((raw, i) => {
    const fields = (typeof raw === 'object' && raw !== null ? raw : {}) as { name?: unknown; aliases?: unknown };
    corpus.peopleFacts.push({ name: text(fields.name), aliases: Array.isArray(fields.aliases) ? fields.aliases.map(text) : [] });
    const result = personSchema.safeParse(raw, { reportInput: true });
    if (result.success) corpus.people.push(result.data);
    else problems.push(...issuesToProblems(file, result.error.issues, [i]));
  });
}

export function readCorpus(dir: string): { corpus: Corpus; problems: Problem[] } {
  const problems: Problem[] = [];
  const corpus: Corpus = { dir, siteFacts: {}, branches: [], advisories: [], pages: [], announcements: [], bodies: [], advisoryFacts: [], branchFacts: [], people: [], peopleFacts: [] };
  if (!fs.existsSync(dir)) {
    problems.push({ file: displayPath(dir), field: '', message: 'the content folder does not exist (set DISCLOSE_CONTENT to a folder with site.yaml)' });
    return { corpus, problems };
  }
  for (const name of ['site.yaml', 'releases.yaml']) {
    const abs = path.join(dir, name);
    if (!fs.existsSync(abs)) {
      problems.push({ file: displayPath(abs), field: '', message: `is missing (create ${name}; see the README's content format)` });
      continue;
    }
    const value = loadYaml(abs, problems);
    if (value === undefined && problems.at(-1)?.file === displayPath(abs)) continue;
    if (name === 'site.yaml') {
      corpus.site = parse(siteSchema, displayPath(abs), value, problems);
      corpus.siteFacts = corpus.site ?? (parsedFields(siteSchema.shape, value) as Partial<Site>);
    }
    else readBranches(corpus, displayPath(abs), value, problems);
  }
  const credits = path.join(dir, CREDITS_FILE);
  if (fs.existsSync(credits)) {
    const value = loadYaml(credits, problems);
    if (value !== undefined) readPeople(corpus, displayPath(credits), value, problems);
  }
  for (const abs of listFiles(path.join(dir, 'advisories'), '.mdx', true)) {
    const entry = readMdx(abs, advisorySchema, problems, corpus.bodies);
    if (!entry) continue;
    if ('partial' in entry) {
      const { partial } = entry;
      corpus.advisoryFacts.push({ ...partial, data: parsedFields(advisorySchema.shape, partial.data) as Partial<Advisory> });
    } else {
      corpus.advisories.push(entry);
      corpus.advisoryFacts.push(entry);
    }
  }
  for (const abs of listFiles(path.join(dir, 'pages'), '.mdx', false)) {
    const entry = readMdx(abs, pageSchema, problems, corpus.bodies);
    if (entry && !('partial' in entry)) corpus.pages.push(entry);
  }
  for (const abs of listFiles(path.join(dir, 'announcements'), '.mdx', false)) {
    const entry = readMdx(abs, announcementSchema, problems, corpus.bodies);
    if (entry && !('partial' in entry)) corpus.announcements.push(entry);
  }
  return { corpus, problems };
}
