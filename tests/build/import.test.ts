// `npm run import` on real-shaped OSV records (tests/fixtures/osv/): import → check → build,
// then every /osv/<ID>.json against its source record, field by field, apart from the
// deliberate differences the README lists; then idempotency, the update report, skips and bad
// input on copies of the imported folder. One build, shared by every assertion.
import { spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Nodes } from 'mdast';
import { afterAll, describe, expect, it } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import { ROOT, userEnv } from '../helpers/build.ts';
import { useServedSite } from '../helpers/browser.ts';
import { osvValidator, readJson } from '../helpers/exports.ts';
import type { OsvInput } from '../../src/corpus/import/osv-map.ts';

const NOW = '2026-01-10T00:00:00Z';
const RECORDS = path.join(ROOT, 'tests/fixtures/osv/records');
const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-import-'));
afterAll(() => fs.rmSync(parent, { recursive: true, force: true }));

function run(script: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'scripts', script), ...args], { cwd: ROOT, env: userEnv(env), encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file of a folder with its digest, to prove an import changed nothing. */
function snapshotOf(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const file = path.join(e.parentPath, e.name);
    out[path.relative(dir, file)] = crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return out;
}

const copy = (name: string) => {
  const to = path.join(parent, name);
  fs.cpSync(CONTENT, to, { recursive: true });
  return to;
};

// An existing site: init, plus one advisory written by hand in 2024 that the numbering must follow.
const CONTENT = path.join(parent, 'content');
const init = run('init.ts', ['--dir', CONTENT, '--name', 'Imported Security', '--project', 'Imported', '--prefix', 'IMP-SA', '--url', 'https://security.imported.test', '--contact', 'mailto:security@imported.test', '--package', 'axios:npm']);
fs.mkdirSync(path.join(CONTENT, 'advisories/2024'), { recursive: true });
fs.writeFileSync(
  path.join(CONTENT, 'advisories/2024/IMP-SA-2024-004.mdx'),
  ['---', 'title: Header injection in the request helper', 'summary: Written here by hand before the import.', 'status: published', 'published: 2024-01-05T10:00:00Z', 'severity: low', 'affected:', '  - package: axios', '    versions: [1.6.0]', '---', '', 'Written by hand.', ''].join('\n'),
);
const first = run('import.ts', ['--osv', RECORDS, '--content', CONTENT]);
const records: OsvInput[] = fs
  .readdirSync(RECORDS)
  .sort()
  .flatMap((f) => {
    const v = JSON.parse(fs.readFileSync(path.join(RECORDS, f), 'utf8'));
    return Array.isArray(v) ? v : [v];
  });
/** Upstream id → the site's id, from the import's report. */
const idOf = new Map([...first.stdout.matchAll(/^imported (\S+) as (\S+) /gm)].map((m) => [m[1]!, m[2]!]));

// Built once (and served, for the browser checks below) after the import above has run.
const site = useServedSite(CONTENT, NOW);

describe('import → check → build', () => {
  it('imports every record, numbered by publication within its year after the ids already used', () => {
    expect(init.status, init.stderr).toBe(0);
    expect(first.status, first.stdout + first.stderr).toBe(0);
    expect(Object.fromEntries(idOf)).toEqual({
      'GHSA-4wrc-f8pq-fpqp': 'IMP-SA-2022-001',
      'GO-2024-2687': 'IMP-SA-2024-005',
      'GHSA-9f24-9rq5-3pmh': 'IMP-SA-2024-006',
      'PYSEC-2024-71': 'IMP-SA-2024-007',
      'GHSA-2q4m-9h3x-7c6w': 'IMP-SA-2024-008',
      'GHSA-8w3p-5v6c-vq2r': 'IMP-SA-2025-001',
    });
    expect(first.stdout).toContain('site.yaml: added package org.springframework:spring-beans (Maven)');
    expect(first.stdout).toContain('releases.yaml: added 5.2.20.RELEASE of org.springframework:spring-beans to branch 5.2, released by 2022-04-14');
    expect(first.stdout).toContain('releases.yaml: added 5.4.46 of symfony/symfony to branch 5.4, released by 2024-11-12');
    expect(first.stdout).toContain('6 records: 6 imported, 0 updated, 0 skipped');
  });

  it('gives a folder that passes check', () => {
    const check = run('check.ts', [], { DISCLOSE_CONTENT: CONTENT, DISCLOSE_NOW: NOW });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toContain('no problems (7 advisories, 2 pages, 0 announcements, 11 branches)');
  });

  it('builds, with a page for every advisory and for each package line', () => {
    expect(site.built.status, site.built.output).toBe(0);
    for (const id of idOf.values()) expect(fs.existsSync(path.join(site.built.outDir, `advisories/${id}/index.html`)), id).toBe(true);
    const maven = fs.readFileSync(path.join(site.built.outDir, 'versions/org-springframework-spring-beans-5.2/index.html'), 'utf8');
    expect(maven).toContain('org.springframework:spring-beans 5.2');
    expect(maven).toContain('IMP-SA-2022-001');
    // ws-style lines are apart: Symfony's two packages each have their own 5.4.
    expect(fs.existsSync(path.join(site.built.outDir, 'versions/symfony-http-client-5.4/index.html'))).toBe(true);
    expect(fs.existsSync(path.join(site.built.outDir, 'versions/symfony-symfony-5.4/index.html'))).toBe(true);
  });
});

/** The text a reader sees: every text, code and (as the site shows it) raw HTML value, in order. */
function readerText(markdown: string): string {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const parts: string[] = [];
  const walk = (n: Nodes) => {
    if ('value' in n && typeof n.value === 'string') parts.push(n.value);
    if ('children' in n) (n.children as Nodes[]).forEach(walk);
  };
  walk(tree);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const instant = (s: string) => new Date(s).toISOString().replace(/\.\d{3}Z$/, 'Z');
type Event = Record<string, string>;
const eventsOf = (a: { ranges?: { events: Event[] }[] }) => (a.ranges ?? []).flatMap((r) => r.events.map((e) => JSON.stringify(e))).sort();

describe('the round trip: each /osv/<ID>.json carries its record’s facts', () => {
  const validate = osvValidator();
  it.each(records.map((r) => [r.id, r] as const))('%s', (upstream, source) => {
    const id = idOf.get(upstream)!;
    const out = readJson<Record<string, any>>(path.join(site.built.outDir, `osv/${id}.json`));
    expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    // Deliberate: the id is the site's own; the record's id becomes an alias.
    expect(out.id).toBe(id);
    expect([...out.aliases].sort()).toEqual([...new Set([source.id, ...(source.aliases ?? [])])].sort());
    expect(out.summary).toBe(source.summary);
    expect(out.published).toBe(instant(source.published!));
    // Deliberate: whole seconds, as every instant of the site.
    expect(out.modified).toBe(instant(source.modified));
    expect(out.withdrawn).toBe(source.withdrawn ? instant(source.withdrawn) : undefined);
    // Packages and versions exactly as the record spells them; events the same (SEMVER ranges come back as ECOSYSTEM).
    const sourceAffected = new Map<string, { ecosystem: string; events: string[]; versions: string[] }>();
    for (const a of source.affected ?? []) {
      const seen = sourceAffected.get(a.package!.name!) ?? { ecosystem: a.package!.ecosystem!, events: [], versions: [] };
      seen.events.push(...eventsOf(a as never));
      seen.versions.push(...(a.versions ?? []));
      sourceAffected.set(a.package!.name!, seen);
    }
    expect(out.affected.map((a: any) => a.package.name).sort()).toEqual([...sourceAffected.keys()].sort());
    for (const a of out.affected) {
      const s = sourceAffected.get(a.package.name)!;
      expect(a.package.ecosystem).toBe(s.ecosystem);
      expect(eventsOf(a)).toEqual(s.events.sort());
      expect([...(a.versions ?? [])].sort()).toEqual([...new Set(s.versions)].sort());
      for (const r of a.ranges ?? []) expect(r.type).toBe('ECOSYSTEM');
    }
    // Every CVSS vector; the label where there is none.
    const vectors = (source.severity ?? []).map((s) => `${s.type} ${s.score}`).sort();
    expect((out.severity ?? []).map((s: any) => `${s.type} ${s.score}`).sort()).toEqual(vectors);
    if (vectors.length === 0) expect(out.database_specific.severity.toLowerCase()).toBe(String(source.database_specific?.severity).toLowerCase());
    expect(out.database_specific.cwe_ids ?? []).toEqual(source.database_specific?.cwe_ids ?? []);
    // Every reference with its type; deliberate: the site's own page comes first, as ADVISORY.
    expect(out.references[0]).toEqual({ type: 'ADVISORY', url: `https://security.imported.test/advisories/${id}/` });
    expect(out.references.slice(1)).toEqual((source.references ?? []).map((r) => ({ type: r.type, url: r.url })));
    // Credits with their types (deliberate: a credit without a type is OTHER).
    expect(out.credits ?? []).toEqual((source.credits ?? []).map((c) => ({ name: c.name, type: c.type ?? 'OTHER', ...(c.contact ? { contact: c.contact } : {}) })));
    // Details: MDX-safe Markdown that reads the same, raw HTML shown as text.
    expect(readerText(out.details)).toBe(readerText(source.details!));
  });
});

describe('the version check on a site with a line per package', () => {
  it('asks for the package, reads its versions in their ecosystem, and passes axe', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}/check/?p=${encodeURIComponent('org.springframework:spring-beans')}&v=5.2.19.RELEASE`);
      const status = page.getByRole('status');
      await page.waitForFunction(() => [...document.querySelectorAll('[role="status"]')].every((s) => s.textContent !== '' && !s.textContent?.endsWith('…')));
      expect(await page.getByLabel('Your package').inputValue()).toBe('org.springframework:spring-beans');
      const main = (await page.getByRole('main').textContent()) ?? '';
      expect(main).toContain('IMP-SA-2022-001');
      expect(main).toContain('5.2.20.RELEASE');
      // Django's PEP 440 pre-release, a version semver cannot read.
      await page.getByLabel('Your package').selectOption('Django');
      await page.getByLabel('Your version').fill('5.1b1');
      await page.getByRole('button', { name: 'Check' }).click();
      await page.waitForFunction(() => document.querySelector('#check-result-title')?.textContent === 'Version 5.1b1');
      expect((await page.getByRole('main').textContent()) ?? '').toContain('IMP-SA-2024-007');
      expect(await status.textContent()).not.toContain('not a version');
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(violations.map((v) => v.id)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('importing again', () => {
  it('changes no file when the records are the same', () => {
    const dir = copy('again');
    const before = snapshotOf(dir);
    const again = run('import.ts', ['--osv', RECORDS, '--content', dir]);
    expect(again.status, again.stdout).toBe(0);
    expect(again.stdout).toContain('6 records: 0 imported, 0 updated, 6 unchanged, 0 skipped; no file changed.');
    expect(snapshotOf(dir)).toEqual(before);
  });

  it('updates only what came from OSV when a record is newer, keeps edited prose, and says what changed', () => {
    const dir = copy('update');
    const file = path.join(dir, 'advisories/2024/IMP-SA-2024-008.mdx');
    const edited = fs.readFileSync(file, 'utf8').replace('### Description', '### Description\n\nThe maintainers add: upgrade first, then rotate credentials.').replace('components: []', '');
    fs.writeFileSync(file, edited.replace(/^status: published$/m, 'status: published\ncomponents: []'));
    const source = records.find((r) => r.id === 'GHSA-2q4m-9h3x-7c6w')!;
    const newer = {
      ...source,
      modified: '2025-01-15T08:00:00Z',
      summary: 'Private network check bypass in NoPrivateNetworkHttpClient',
      severity: [{ type: 'CVSS_V3', score: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N' }],
      references: [...source.references!, { type: 'ARTICLE', url: 'https://symfony.com/blog/cve-2024-50342-update' }],
      details: `${source.details}\n\nUpdated with a second fix.`,
    };
    fs.writeFileSync(path.join(parent, 'newer.json'), JSON.stringify([newer]));
    const update = run('import.ts', ['--osv', path.join(parent, 'newer.json'), '--content', dir]);
    expect(update.status, update.stdout).toBe(0);
    expect(update.stdout).toContain("updated IMP-SA-2024-008 from GHSA-2q4m-9h3x-7c6w (modified 2025-01-15): title, updated, cvss, references; kept the maintainer's body");
    const after = fs.readFileSync(file, 'utf8');
    expect(after).toContain('The maintainers add: upgrade first, then rotate credentials.');
    expect(after).not.toContain('Updated with a second fix.');
    expect(after).toContain('title: Private network check bypass in NoPrivateNetworkHttpClient');
    expect(after).toContain('cvss: CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:N/A:N');
    expect(after).toContain('components: []');
    // The same newer record again: nothing left to change.
    const before = snapshotOf(dir);
    expect(run('import.ts', ['--osv', path.join(parent, 'newer.json'), '--content', dir]).stdout).toContain('no file changed');
    expect(snapshotOf(dir)).toEqual(before);
    expect(run('check.ts', [], { DISCLOSE_CONTENT: dir, DISCLOSE_NOW: NOW }).status).toBe(0);
  });
});

describe('what is skipped and what is refused', () => {
  it('skips a record whole, one line each with the reason, imports the rest and exits 2', () => {
    const dir = copy('skips');
    const r = run('import.ts', ['--osv', path.join(ROOT, 'tests/fixtures/osv/skipped/mixed.json'), '--content', dir]);
    expect(r.status).toBe(2);
    expect(r.stdout.split('\n').filter((l) => l.startsWith('skipped '))).toEqual([
      'skipped OSV-2023-1001 (tests/fixtures/osv/skipped/mixed.json[0]): libexample: a GIT range (commit ranges have no release to check against)',
      'skipped DSA-5500-1 (tests/fixtures/osv/skipped/mixed.json[1]): libexample: ecosystem "Debian:12" has no version ordering here',
      'skipped GHSA-7x5q-mv3p-2h9f (tests/fixtures/osv/skipped/mixed.json[2]): merge-example: version "2.1" is not one npm can order',
    ]);
    expect(r.stdout).toContain('imported GHSA-3c5v-h9q2-wm8r as IMP-SA-2023-001');
    expect(fs.readFileSync(path.join(dir, 'site.yaml'), 'utf8')).not.toContain('merge-example');
  });

  it('refuses unreadable JSON and a value that is not OSV, in one line naming the file, and writes nothing', () => {
    const dir = copy('bad');
    const before = snapshotOf(dir);
    fs.writeFileSync(path.join(parent, 'broken.json'), '{"id": ');
    const bad = run('import.ts', ['--osv', path.join(parent, 'broken.json'), '--content', dir]);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/^npm run import: .*broken\.json: is not readable JSON \(/);
    fs.writeFileSync(path.join(parent, 'not-osv.json'), JSON.stringify([records[0], { name: 'x' }]));
    const notOsv = run('import.ts', ['--osv', path.join(parent, 'not-osv.json'), '--content', dir]);
    expect(notOsv.status).toBe(1);
    expect(notOsv.stderr.trim()).toMatch(/not-osv\.json\[1\]: is not an OSV record \(want an object with a string id and modified, as in OSV 1\.x\)$/);
    expect(snapshotOf(dir)).toEqual(before);
  });
});
