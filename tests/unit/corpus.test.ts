// Lints the whole default corpus, like golang/vulndb's all_test.go.
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateContent, type Validation } from '../../src/corpus/validate.ts';
import { indexReleases } from '../../src/domain/releases.ts';
import { visibility } from '../../src/domain/visibility.ts';

const CONTENT = path.resolve(import.meta.dirname, '../../content');
let v: Validation;
beforeAll(async () => {
  v = await validateContent(CONTENT);
});

describe('the default content (Mautic)', () => {
  it('has no problems', () => {
    expect(v.problems).toEqual([]);
  });

  it('holds all 59 advisories, one withdrawn', () => {
    expect(v.corpus.advisories).toHaveLength(59);
    expect(v.corpus.advisories.filter((a) => a.data.status === 'withdrawn').map((a) => a.id)).toEqual(['MAUTIC-SA-2024-014']);
  });

  it('has unique ids, and no alias shared by two live advisories', () => {
    const ids = v.corpus.advisories.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    const owners = new Map<string, string[]>();
    for (const a of v.corpus.advisories) {
      if (a.data.status === 'withdrawn') continue;
      for (const alias of [...a.data.cve, ...a.data.ghsa]) owners.set(alias, [...(owners.get(alias) ?? []), a.id]);
    }
    expect([...owners].filter(([, list]) => list.length > 1)).toEqual([]);
  });

  it('carries every GHSA of the source records, with its publication instant and fixed versions', () => {
    const records = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/upstream/mautic-advisories.json'), 'utf8')) as {
      ghsa_id: string;
      published: string;
      patched_versions: string[];
    }[];
    const byGhsa = new Map(v.corpus.advisories.map((a) => [a.data.ghsa[0], a]));
    for (const r of records) {
      const a = byGhsa.get(r.ghsa_id);
      expect(a, r.ghsa_id).toBeDefined();
      expect(a!.data.published.getTime(), r.ghsa_id).toBe(new Date(r.published.length === 10 ? `${r.published}T00:00:00Z` : r.published).getTime());
      const fixed = new Set(a!.data.affected.flatMap((p) => p.ranges.flatMap((x) => (x.fixed ? [x.fixed] : []))));
      for (const version of r.patched_versions) expect(fixed.has(version), `${r.ghsa_id} ${version}`).toBe(true);
    }
  });

  it('numbers ids by publication order within each year', () => {
    const byYear = new Map<number, { id: string; t: number }[]>();
    for (const a of v.corpus.advisories) {
      const y = a.data.published.getUTCFullYear();
      byYear.set(y, [...(byYear.get(y) ?? []), { id: a.id, t: a.data.published.getTime() }]);
    }
    for (const list of byYear.values()) {
      const byId = [...list].sort((a, b) => (a.id < b.id ? -1 : 1)).map((x) => x.t);
      expect(byId).toEqual([...byId].sort((a, b) => a - b));
    }
  });

  it('makes every advisory public today', () => {
    const releases = indexReleases(v.corpus.branches);
    const now = new Date('2026-11-29T00:00:00Z');
    const held = v.corpus.advisories.filter((a) => !visibility(a.data, releases, now).public).map((a) => a.id);
    expect(held).toEqual([]);
  });
});
