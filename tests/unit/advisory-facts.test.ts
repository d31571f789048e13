// Facts arranged for readers: CWE names, credits and references grouped, upgrade steps per branch.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { byYear, creditsByRole, referencesByType, upgradeSteps } from '../../src/site/view/advisory-facts.ts';
import { cweName } from '../../src/domain/cwe.ts';

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

describe('upgradeSteps', () => {
  it('names the fixed version on each branch, lowest first, and says when there is no fix', () => {
    const steps = upgradeSteps({
      package: 'acme/app',
      ranges: [
        { introduced: '2.0.0-alpha', fixed: '2.0.10' },
        { introduced: '0', fixed: '1.0.3' },
        { introduced: '3.0.0', last_affected: '3.0.2' },
      ],
      versions: [],
    });
    expect(steps.map((s) => s.advice)).toEqual([
      'On the 1.0 branch, upgrade to 1.0.3 or later.',
      'On the 2.0 branch, upgrade to 2.0.10 or later.',
      'No fix was released for versions from 3.0.0 up to 3.0.2; move to a supported branch.',
    ]);
  });
});
