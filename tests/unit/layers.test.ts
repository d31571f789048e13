// The layers of ARCHITECTURE.md point one way: domain rules know nothing of the content files,
// the content layer nothing of the outputs, and so on up to the pages and the build. This reads
// every import (static, dynamic, and worker modules named by `new URL(…, import.meta.url)`) of
// every source file and fails on any that points the wrong way.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** What each folder may import, besides itself. */
const MAY_IMPORT: Record<string, string[]> = {
  'src/domain': [],
  'src/platform': [],
  'src/corpus': ['src/domain', 'src/platform'],
  'src/outputs': ['src/domain', 'src/platform', 'src/corpus'],
  'src/site': ['src/domain', 'src/platform', 'src/corpus', 'src/outputs'],
  'src/build': ['src/domain', 'src/platform', 'src/corpus', 'src/outputs'],
  'src/pages': ['src/domain', 'src/corpus', 'src/outputs', 'src/site'],
  'src/types': [],
  // Astro's fixed entry points: the collections and the middleware hand over to the build layer.
  'src/content.config.ts': ['src/corpus', 'src/build'],
  'src/middleware.ts': ['src/build'],
  scripts: ['src/domain', 'src/platform', 'src/corpus', 'src/outputs', 'src/build', 'scripts'],
};

/** Packages that would tie a layer to a framework, a validator or the file system. */
const FORBIDDEN_PACKAGES: Record<string, RegExp> = {
  'src/domain': /^(astro(:|\/|$)|zod$|astro\/zod$|node:(fs|child_process|worker_threads)$|fs$)/,
  'src/corpus': /^astro:/,
  'src/outputs': /^astro:/,
};

function sources(dir: string): string[] {
  return (fs.readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .filter((f) => /\.(ts|mjs|astro)$/.test(f) && !f.endsWith('.d.ts'))
    .map((f) => path.join(dir, f).split(path.sep).join('/'));
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+|new URL\(\s*)(['"])([^'"]+\.(?:ts|mjs|js|astro|css|json))\1/gm;

function imports(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
  return [...text.matchAll(SPECIFIER)].map((m) => m[2]!);
}

/** The most specific folder (or file) of MAY_IMPORT that holds a path. */
function layerOf(file: string): string | undefined {
  return Object.keys(MAY_IMPORT)
    .filter((l) => file === l || file.startsWith(`${l}/`))
    .sort((a, b) => b.length - a.length)[0];
}

const files = [...sources('src'), ...sources('scripts')];

describe('layers', () => {
  it('every source file belongs to a layer', () => {
    expect(files.filter((f) => !layerOf(f))).toEqual([]);
  });

  it('imports point only down the layers', () => {
    const wrong: string[] = [];
    for (const file of files) {
      const from = layerOf(file)!;
      for (const spec of imports(file)) {
        if (spec.startsWith('.')) {
          const target = path.relative(ROOT, path.resolve(path.dirname(path.join(ROOT, file)), spec)).split(path.sep).join('/');
          const to = layerOf(target);
          if (to === from || (to && MAY_IMPORT[from]!.includes(to))) continue;
          wrong.push(`${file} -> ${target}`);
        } else if (FORBIDDEN_PACKAGES[from]?.test(spec)) {
          wrong.push(`${file} -> ${spec}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('nothing in src/, scripts/ or tests/ reads outside the repository', () => {
    const outside = [...files, ...sources('tests')].filter((f) => /\.\.\/shared|\.\.\/\.\.\/shared/.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(outside).toEqual([]);
  });
});
