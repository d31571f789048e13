/**
 * Where a problem's field is written: the line and column of its key in the YAML (or of the
 * list item), so that a pull request can show the problem on that line (see annotations.ts and
 * the README's "Problems on the pull request"). js-yaml, which reads the content, keeps no source
 * positions, so a file with a problem is parsed a second time with `yaml`, which does; files
 * without problems are never parsed twice.
 *
 * A field that is absent (a required field left out) points at its parent's line, and a field
 * that is not in the YAML at all (`id`, taken from the file name) at the file's first line.
 */
import fs from 'node:fs';
import path from 'node:path';
import { LineCounter, isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { Problem } from './problems.ts';
import { yamlSource } from './read.ts';

export interface Position {
  /** 1-based line in the file. */
  line: number;
  /** 1-based column in the file. */
  column: number;
}

const START: Position = { line: 1, column: 1 };

interface Located {
  node: unknown;
  at: Position;
}

/** The map key or list item that `field` starts with, and the rest of `field` after it. */
function step(node: unknown, field: string, pos: (offset: number) => Position): { found: Located; rest: string } | undefined {
  if (isSeq(node)) {
    const m = /^\[(\d+)\]\.?/.exec(field);
    const item = m ? (node.items[Number(m[1])] as Node | undefined) : undefined;
    if (!m || !item?.range) return undefined;
    return { found: { node: item, at: pos(item.range[0]) }, rest: field.slice(m[0].length) };
  }
  if (!isMap(node)) return undefined;
  // The longest key that the path starts with, so a misspelt key holding a dot still matches.
  let best: { key: string; pair: (typeof node.items)[number] } | undefined;
  for (const pair of node.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key === undefined || !(field === key || field.startsWith(`${key}.`) || field.startsWith(`${key}[`))) continue;
    if (!best || key.length > best.key.length) best = { key, pair };
  }
  const range = best && isScalar(best.pair.key) ? best.pair.key.range : undefined;
  if (!best || !range) return undefined;
  return { found: { node: best.pair.value, at: pos(range[0]) }, rest: field.slice(best.key.length).replace(/^\./, '') };
}

/**
 * Finds fields in YAML `text` whose first line is line `firstLine` of its file: the locator
 * takes a path such as `affected[0].ranges[1].fixed` or `[2].branch` and gives its position.
 */
export function fieldLocator(text: string, firstLine = 1): (field: string) => Position {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, uniqueKeys: false });
  const pos = (offset: number): Position => {
    const { line, col } = counter.linePos(offset);
    return { line: line + firstLine - 1, column: col };
  };
  return (field) => {
    let here: Located | undefined;
    let rest = field;
    let node: unknown = doc.contents;
    while (rest !== '') {
      const next = step(node, rest, pos);
      if (!next) break;
      here = next.found;
      node = next.found.node;
      rest = next.rest;
    }
    return here?.at ?? START;
  };
}

interface FileLocator {
  field: (field: string) => Position;
  /** The body's first line, for MDX files. */
  bodyLine?: number;
}

function fileLocator(abs: string): FileLocator | undefined {
  if (!fs.existsSync(abs) || !fs.statSync(abs).isFile()) return undefined;
  const source = yamlSource(abs);
  return { field: source.text === undefined ? () => START : fieldLocator(source.text, source.line), bodyLine: source.bodyLine };
}

/** The problems with the line and column of their field filled in wherever a rule left them out. */
export function locateProblems(problems: readonly Problem[], cwd = process.cwd()): Problem[] {
  const files = new Map<string, FileLocator | undefined>();
  return problems.map((p) => {
    if (p.line !== undefined) return p;
    const abs = path.resolve(cwd, p.file);
    if (!files.has(abs)) files.set(abs, fileLocator(abs));
    const file = files.get(abs);
    if (!file) return p;
    const at = p.field === 'body' && file.bodyLine !== undefined ? { line: file.bodyLine, column: 1 } : p.field === '' ? START : file.field(p.field);
    return { ...p, ...at };
  });
}
