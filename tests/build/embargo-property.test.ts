// Property test: seeded random content sets, built at a random instant. Whatever the mix, the
// build succeeds (no false alarm), nothing of a non-public advisory appears in any output file,
// and every public advisory appears in its page, the list, its OSV record, the sitemap and, inside
// the feed window (newest 50, or all of the last 90 days), the feeds; the Pagefind search index
// and /api/affected.json hold every public advisory and nothing of the others.
// DISCLOSE_PROPERTY_SEEDS=<n> runs more seeds (default 20).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from '../helpers/build.ts';
import { expectedPublic, rng, writeSyntheticContent } from '../../scripts/bench/synthetic.ts';

const SEEDS = Number(process.env.DISCLOSE_PROPERTY_SEEDS ?? 20);
const cleanup: string[] = [];
afterAll(() => cleanup.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** Every output file as lower-case text, decompressed where compressed. */
function outputs(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[]) {
    if (!e.isFile()) continue;
    const abs = path.join(e.parentPath, e.name);
    let data = fs.readFileSync(abs);
    if (data[0] === 0x1f && data[1] === 0x8b) data = zlib.gunzipSync(data);
    out.set(path.relative(dir, abs), data.toString('utf8').toLowerCase());
  }
  return out;
}

/** Prose pages are indexed beside the advisories: one fragment each. */
function pagesIndexed(files: Map<string, string>): number {
  return [...files.keys()].filter((f) => f.endsWith('index.html') && files.get(f)!.includes('data-pagefind-body') && !f.startsWith('advisories/')).length;
}

describe.each(Array.from({ length: SEEDS }, (_, i) => i + 1))('seed %i', (seed) => {
  it('publishes exactly the public advisories and leaks nothing else', () => {
    const random = rng(seed * 7919);
    const now = new Date(Date.UTC(2024, 0, 1) + Math.floor(random() * 730) * 86_400_000 + Math.floor(random() * 86_400) * 1000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `disclose-prop-${seed}-`));
    cleanup.push(dir);
    const advisories = writeSyntheticContent(dir, { seed, count: 30 + Math.floor(random() * 31), now });
    const r = build(dir, now.toISOString());
    cleanup.push(r.outDir);
    expect(r.status, r.output).toBe(0);

    const files = outputs(r.outDir);
    const list = files.get('advisories/index.html') ?? '';
    const sitemap = [...files].filter(([f]) => f.startsWith('sitemap')).map(([, t]) => t).join('\n');
    const feeds = ['feeds/rss.xml', 'feeds/atom.xml', 'feeds/feed.json'].map((f) => files.get(f) ?? '');
    const publicNewestFirst = advisories.filter((a) => expectedPublic(a, now)).sort((x, y) => y.published.getTime() - x.published.getTime());
    const recent = publicNewestFirst.filter((a) => a.published.getTime() >= now.getTime() - 90 * 86_400_000).length;
    const inFeeds = new Set(publicNewestFirst.slice(0, Math.max(50, recent)).map((a) => a.id));
    const affectedApi = JSON.parse(files.get('api/affected.json') ?? 'null') as { advisories: { id: string }[] };
    expect(affectedApi.advisories.map((a) => a.id).sort()).toEqual(publicNewestFirst.map((a) => a.id.toLowerCase()).sort());
    const fragments = [...files].filter(([f]) => f.startsWith('pagefind/fragment/'));
    expect(fragments.length, 'Pagefind fragments').toBe(publicNewestFirst.length + pagesIndexed(files));
    const searchText = fragments.map(([, t]) => t).join('\n');
    for (const a of advisories) {
      if (expectedPublic(a, now)) {
        expect(files.get(`osv/${a.id}.json`), `${a.id} OSV record`).toContain(`"id": "${a.id.toLowerCase()}"`);
        if (inFeeds.has(a.id)) for (const feed of feeds) expect(feed, `${a.id} in the feeds`).toContain(`/advisories/${a.id.toLowerCase()}/`);
        expect(files.get(`advisories/${a.id}/index.html`), `${a.id} page`).toContain(a.secret.toLowerCase());
        expect(list, `${a.id} in the list`).toContain(a.id.toLowerCase());
        expect(sitemap, `${a.id} in the sitemap`).toContain(`/advisories/${a.id.toLowerCase()}/`);
        expect(searchText, `${a.id} in the search index`).toContain(a.secret.toLowerCase());
      } else {
        for (const [file, text] of files) {
          for (const needle of [a.id, a.title, a.secret.slice(0, -1)]) {
            expect(text.includes(needle.toLowerCase()), `${a.id} (${a.status}) leaked "${needle}" into ${file}`).toBe(false);
          }
        }
      }
    }
  });
});
