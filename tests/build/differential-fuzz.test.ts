// Differential fuzz test of the embargo guard: seeded content folders whose advisories, public
// and held back alike, share Markdown boilerplate of every kind a body may hold (fences with and
// without info strings, tables, footnotes, links, entities, scripts beyond Latin...) beside their
// own distinctive text. Whatever the mix and the build instant:
//   - the build succeeds: shared text is not a leak, so the guard must not call it one;
//   - nothing that only non-public items were written with reaches any file of dist/;
//   - every public advisory is in its page, the list, the feeds (inside their window), its OSV
//     record, its CSAF document, the sitemap, /api/affected.json and the search index.
// DISCLOSE_FUZZ_SEEDS=<n> runs n seeds (default 30), from seed DISCLOSE_FUZZ_FROM (default 1).
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, it } from 'vitest';
import { buildAsync, projectRoot } from '../helpers/build.ts';
import { readOutput } from '../helpers/dist-text.ts';
import { writeFuzzContent } from '../helpers/markdown-fuzz.ts';
import { leaks, missing } from '../helpers/fuzz-expectations.ts';

const SEEDS = Number(process.env.DISCLOSE_FUZZ_SEEDS ?? 30);
const FROM = Number(process.env.DISCLOSE_FUZZ_FROM ?? 1);

/** The content-layer cache astro.config.mjs keeps for each content folder. */
const cacheOf = (dir: string, slot: number) => path.join(projectRoot(slot), 'node_modules/.astro', crypto.createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 12));

/** The build's own account first (the guard prints one line per hit), then everything. */
function explain(seed: number, output: string): string {
  const lines = output.split('\n').filter((l) => /embargo guard|held back|error/i.test(l));
  return `seed ${seed}: the build failed\n${lines.join('\n')}\n--- full build output ---\n${output}`;
}

/**
 * Two seeds build at once, each in a project root of its own (a slot): a build leaves part of
 * a core idle (Astro's start, Pagefind's process).
 */
const free = [0, 1];
const queue: ((slot: number) => void)[] = [];
async function turn<T>(work: (slot: number) => Promise<T>): Promise<T> {
  const slot = free.pop() ?? (await new Promise<number>((resolve) => queue.push(resolve)));
  try {
    return await work(slot);
  } finally {
    const next = queue.shift();
    if (next) next(slot);
    else free.push(slot);
  }
}

describe.concurrent.each(Array.from({ length: SEEDS }, (_, i) => i + FROM))('seed %i', (seed) => {
  it('builds without a false alarm, leaks nothing and publishes every public advisory', { timeout: 300_000 }, async ({ expect }) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `disclose-fuzz-${seed}-`));
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), `disclose-fuzz-dist-${seed}-`));
    try {
      const content = writeFuzzContent(dir, seed);
      const r = await turn((slot) => buildAsync(dir, content.now.toISOString(), outDir, { slot }));
      expect(r.status, explain(seed, r.output)).toBe(0);
      const files = readOutput(outDir);
      expect(leaks(content, files), `seed ${seed}: held-back text in dist/`).toEqual([]);
      expect(missing(content, files), `seed ${seed}: public text missing from dist/`).toEqual([]);
    } finally {
      for (const d of [dir, outDir, ...[0, 1].map((slot) => cacheOf(dir, slot))]) fs.rmSync(d, { recursive: true, force: true });
    }
  });
});
