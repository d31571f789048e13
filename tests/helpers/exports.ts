/**
 * Independent checks for the exports: a strict XML parser, an independent feed parser, the
 * official OSV schema, a JSON Feed 1.1 schema and the CSAF validator's mandatory tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { SaxesParser } from 'saxes';
import { parseFeed } from '@rowanmanning/feed-parser';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import * as basicCsafTests from '@secvisogram/csaf-validator-lib/basic.js';
import validateStrict from '@secvisogram/csaf-validator-lib/validateStrict.js';
import { ROOT } from './build.ts';

export { parseFeed };

/** Throws with the parser's message if the text is not well-formed XML (namespaces checked). */
export function assertWellFormedXml(xml: string, where: string): void {
  const parser = new SaxesParser({ xmlns: true });
  let failure: Error | undefined;
  parser.on('error', (e) => {
    failure ??= e;
  });
  parser.write(xml).close();
  if (failure) throw new Error(`${where}: not well-formed XML: ${failure.message}`);
}

export const isWellFormed = (xml: string) => {
  try {
    assertWellFormedXml(xml, 'xml');
    return true;
  } catch {
    return false;
  }
};

/** The text a reader shows for an HTML fragment. */
export const htmlText = (html: string) => toText(fromHtml(html, { fragment: true }));

/** Upstream schemas and facts, copied into the repository (see its README for sources and licences). */
export const UPSTREAM = path.join(ROOT, 'tests/fixtures/upstream');

// ajv-formats is CommonJS; under ESM its function arrives as the default or as default.default.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

function ajv() {
  const a = new Ajv2020({ allErrors: true, strict: false });
  addFormats(a);
  return a;
}

/**
 * The official OSV 1.7.5 schema with ONE rule relaxed: `id` must start with a prefix registered
 * with OSV, and this project's prefixes (MAUTIC-SA, ACME-SA, ...) are not registered yet.
 * Every other rule, including the alias, range and severity patterns, applies unchanged.
 */
export function osvValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(UPSTREAM, 'osv-schema-1.7.5.json'), 'utf8'));
  schema.properties.id = { type: 'string', minLength: 1 };
  return ajv().compile(schema);
}

export function jsonFeedValidator() {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'tests/schemas/jsonfeed-1.1.schema.json'), 'utf8'));
  return ajv().compile(schema);
}

/** The CSAF validator's basic set: the strict CSAF 2.0 schema and every mandatory test. */
export async function csafProblems(document: unknown): Promise<string[]> {
  const result = await validateStrict(Object.values(basicCsafTests), document);
  return result.tests.flatMap((t) => t.errors.map((e) => `${t.name} ${e.instancePath}: ${e.message}`));
}

export const readJson = <T = unknown>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;

/**
 * The text of every element with this qualified name (CDATA included), as a strict XML parser
 * reads it. Feed parsers decode HTML entities a second time, which garbles HTML content that
 * talks about markup; this is what an HTML-aware reader gets before it renders the HTML.
 */
export function xmlTexts(xml: string, name: string): string[] {
  const parser = new SaxesParser();
  const out: string[] = [];
  let depth = 0;
  parser.on('opentag', (t) => {
    if (t.name === name) out.push('');
    if (t.name === name || depth > 0) depth++;
  });
  parser.on('closetag', () => {
    if (depth > 0) depth--;
  });
  const add = (text: string) => {
    if (depth > 0) out[out.length - 1] += text;
  };
  parser.on('text', add);
  parser.on('cdata', add);
  parser.write(xml).close();
  return out;
}

export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
