// Facts arranged for readers: CWE names, credits and references grouped, upgrade steps per branch.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { byYear, creditsByRole, referencesByType, unaffectedBranches } from '../../src/site/view/advisory-facts.ts';
import { describeRange, fixedVersionsOf, groupAffected } from '../../src/domain/affected-groups.ts';
import { cweName } from '../../src/domain/cwe.ts';
import { orderingFor } from '../../src/domain/lines.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('cweName', () => {
  it('names every CWE that the default content and the fixtures cite', () => {
    const cited = new Set<string>();
    for (const dir of ['content', 'tests/fixtures/site']) {
      for (const f of fs.readdirSync(path.join(ROOT, dir), { recursive: true }) as string[]) {
        if (!f.endsWith('.mdx')) continue;
        const line = /^cwe:.*$/m.exec(fs.readFileSync(path.join(ROOT, dir, f), 'utf8'))?.[0] ?? '';
        for (const id of line.match(/CWE-\d+/g) ?? []) cited.add(id);
      }
    }
    expect(cited.size).toBeGreaterThan(20);
    expect([...cited].filter((id) => !cweName(id))).toEqual([]);
  });

  it('gives MITRE’s names', () => {
    expect(cweName('CWE-79')).toBe("Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')");
    expect(cweName('CWE-352')).toBe('Cross-Site Request Forgery (CSRF)');
    expect(cweName('CWE-99999')).toBeUndefined();
  });
});

describe('grouping', () => {
  it('groups credits by role in first-seen order', () => {
    const groups = creditsByRole([
      { name: 'A', type: 'finder' },
      { name: 'T', type: 'coordinator' },
      { name: 'B', type: 'finder' },
    ] as const);
    expect(groups.map((g) => [g.label, g.items.map((c) => c.name)])).toEqual([
      ['Found by', ['A', 'B']],
      ['Coordinated by', ['T']],
    ]);
  });

  it('groups references by type', () => {
    const groups = referencesByType([
      { type: 'fix', url: 'https://x.test/1' },
      { type: 'web', url: 'https://x.test/2' },
      { type: 'fix', url: 'https://x.test/3' },
    ] as const);
    expect(groups.map((g) => [g.label, g.items.length])).toEqual([
      ['Fixes', 2],
      ['Other links', 1],
    ]);
  });

  it('groups by UTC year, keeping order', () => {
    const items = ['2026-01-01T00:30:00+01:00', '2025-06-01T00:00:00Z', '2025-01-01T00:00:00Z'].map((s) => new Date(s));
    expect(byYear(items, (d) => d).map((g) => [g.year, g.items.length])).toEqual([
      [2025, 3],
    ]);
  });
});

describe('affected groups', () => {
  const app = { package: 'acme/app', ranges: [{ introduced: '0', fixed: '1.0.3' }, { introduced: '2.0.0-alpha', fixed: '2.0.10' }], versions: [] };
  it('merges packages whose ranges and versions are identical, keeping the content order', () => {
    const lib = { ...app, package: 'acme/lib' };
    const other = { package: 'acme/cli', ranges: [{ introduced: '3.0.0', last_affected: '3.0.2' }], versions: [] };
    expect(groupAffected([app, other, lib]).map((g) => g.packages)).toEqual([['acme/app', 'acme/lib'], ['acme/cli']]);
    expect(groupAffected([app, { ...lib, versions: ['1.0.0'] }]).map((g) => g.packages)).toEqual([['acme/app'], ['acme/lib']]);
    expect(fixedVersionsOf([app, other, lib])).toEqual(['1.0.3', '2.0.10']);
  });

  it('never merges or orders together packages of different ecosystems', () => {
    const site = { packages: [{ name: 'acme/app', ecosystem: 'Packagist' }, { name: 'org.acme:app', ecosystem: 'Maven' }] };
    const orderingOf = (pkg: string) => orderingFor(site, pkg);
    const java = { package: 'org.acme:app', ranges: [{ introduced: '5.2.0', fixed: '5.2.20.RELEASE' }, { introduced: '0', fixed: '1.0.3' }], versions: [] };
    const same = { ...app, package: 'org.acme:app' };
    expect(groupAffected([app, same], orderingOf).map((g) => g.packages)).toEqual([['acme/app'], ['org.acme:app']]);
    expect(groupAffected([app, same]).map((g) => g.packages)).toEqual([['acme/app', 'org.acme:app']]);
    // Package by package, each in its own order, each version once.
    expect(fixedVersionsOf([app, java], orderingOf)).toEqual(['1.0.3', '2.0.10', '5.2.20.RELEASE']);
    expect(fixedVersionsOf([java, app], orderingOf)).toEqual(['1.0.3', '5.2.20.RELEASE', '2.0.10']);
  });

  it('words each kind of range', () => {
    expect(describeRange({ introduced: '0', fixed: '1.0.3' })).toBe('Every version up to, not including, 1.0.3');
    expect(describeRange({ introduced: '3.0.0', last_affected: '3.0.2' })).toBe('From 3.0.0 up to and including 3.0.2');
    expect(describeRange({ introduced: '4.0.0' })).toBe('From 4.0.0 onwards');
  });

  it('names the branches still fixed, free or paid, that no range reaches', () => {
    const row = (branch: string, status: 'supported' | 'extended support (paid)' | 'end of life') => ({ branch: { branch }, support: { status } });
    const table = [row('3.0', 'supported'), row('2.0', 'extended support (paid)'), row('1.0', 'supported'), row('0.9', 'end of life')];
    const site = { packages: [{ name: 'acme/app', ecosystem: 'Packagist' }] };
    expect(unaffectedBranches([app], table, site)).toEqual([{ id: '3.0', label: '3.0', status: 'supported' }]);
    expect(unaffectedBranches([{ ...app, ranges: [{ introduced: '0', fixed: '0.9.5' }] }], table, site).map((b) => b.id)).toEqual(['3.0', '2.0', '1.0']);
  });

  it('looks each package up in its own line on a site with a line per package', () => {
    const site = { packages: [{ name: 'acme/app', ecosystem: 'Packagist' }, { name: 'acme-js', ecosystem: 'npm' }] };
    const row = (branch: string, pkg: string) => ({ branch: { branch, package: pkg }, support: { status: 'supported' as const } });
    // acme/app 1.0 is affected; acme-js's own 1.0 line is not, whatever the shared number.
    const table = [row('1.0', 'acme/app'), row('1.0', 'acme-js'), row('2.0', 'acme/app')];
    expect(unaffectedBranches([app], table, site)).toEqual([{ id: 'acme-js-1.0', label: 'acme-js 1.0', status: 'supported' }]);
  });
});
