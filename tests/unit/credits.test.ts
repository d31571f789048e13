// Credits under one name per person: credits.yaml's aliases resolve to the canonical name (in
// the snapshot, so every page and export shows it), and `check` warns about spellings that look
// like one person but are not joined yet, without failing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { canonicalName, duplicateReason, editDistance, indexPeople, likelyDuplicates, resolveCredits } from '../../src/domain/credits.ts';
import { acknowledgments } from '../../src/domain/acknowledgments.ts';
import { readCorpus } from '../../src/corpus/read.ts';
import { openContent } from '../../src/corpus/snapshot.ts';
import { duplicateCredits } from '../../src/corpus/credit-rules.ts';
import { checkWarnings, formatWarning } from '../../src/corpus/warnings.ts';
import { ROOT } from '../helpers/build.ts';
import { SITE_FIXTURE } from '../helpers/fixtures.ts';
import type { Credit } from '../../src/domain/model.ts';

const PEOPLE = indexPeople([
  { name: 'Patryk Gruszka', aliases: ['Patryk Gruzska', 'patrykgruszka', 'Patryk Gruszka (patrykgruszka)'], url: 'https://github.com/patrykgruszka' },
  { name: 'Jane Doe', aliases: [] },
]);
const credit = (name: string, type: Credit['type'] = 'finder', contact: string[] = []): Credit => ({ name, type, contact });

describe('alias resolution', () => {
  it('maps every spelling, whatever its case and spacing, to the canonical name', () => {
    expect(canonicalName('Patryk Gruzska', PEOPLE)).toBe('Patryk Gruszka');
    expect(canonicalName('  PATRYKGRUSZKA ', PEOPLE)).toBe('Patryk Gruszka');
    expect(canonicalName('Patryk  Gruszka (patrykgruszka)', PEOPLE)).toBe('Patryk Gruszka');
    expect(canonicalName('Someone Else', PEOPLE)).toBe('Someone Else');
  });

  it('adds the profile URL where a credit has no contact, keeps a contact given, and drops a repeat of one role', () => {
    expect(
      resolveCredits(
        [credit('patrykgruszka', 'remediation_developer'), credit('Patryk Gruzska', 'remediation_developer'), credit('Patryk Gruszka', 'remediation_reviewer', ['https://example.test/pg']), credit('Jane Doe')],
        PEOPLE,
      ),
    ).toEqual([
      credit('Patryk Gruszka', 'remediation_developer', ['https://github.com/patrykgruszka']),
      credit('Patryk Gruszka', 'remediation_reviewer', ['https://example.test/pg']),
      credit('Jane Doe'),
    ]);
  });

  it('acknowledges a person once under the canonical name, with one entry per advisory', () => {
    const advisory = (id: string, credits: Credit[]) => ({ id, data: { title: id, credits: resolveCredits(credits, PEOPLE) } });
    const list = acknowledgments([
      advisory('A-2025-001', [credit('Patryk Gruzska', 'reporter'), credit('patrykgruszka', 'remediation_developer')]),
      advisory('A-2025-002', [credit('Patryk Gruszka (patrykgruszka)', 'remediation_reviewer')]),
    ]);
    expect(list).toEqual([
      {
        name: 'Patryk Gruszka',
        url: 'https://github.com/patrykgruszka',
        credits: [
          { id: 'A-2025-001', title: 'A-2025-001', type: 'reporter, remediation developer' },
          { id: 'A-2025-002', title: 'A-2025-002', type: 'remediation reviewer' },
        ],
      },
    ]);
  });

  it('the default content: every Mautic advisory credits Patryk Gruszka under that one name', () => {
    const { snapshot } = openContent(path.join(ROOT, 'content'), { env: { DISCLOSE_NOW: '2026-11-29T00:00:00Z' } });
    const names = new Set(snapshot!.advisories.flatMap((a) => a.data.credits.map((c) => c.name)));
    expect([...names].filter((n) => /gru[sz]|linhart|escopecz|kuzmany|karsha/i.test(n)).sort()).toEqual(['Avikarsha Saha', 'John Linhart', 'Patryk Gruszka', 'Zdeno Kuzmany']);
    const patryk = snapshot!.advisories.filter((a) => a.data.credits.some((c) => c.name === 'Patryk Gruszka'));
    expect(patryk.length).toBeGreaterThanOrEqual(15);
  });
});

describe('likely duplicates', () => {
  it('edit distance counts a swap of neighbours as one edit', () => {
    expect(editDistance('gruszka', 'gruzska')).toBe(1);
    expect(editDistance('saha', 'shah')).toBe(2);
    expect(editDistance('abc', 'abc')).toBe(0);
  });

  it('finds near spellings, handles inside names and parenthesised handles, and leaves different people alone', () => {
    expect(duplicateReason('Patryk Gruszka', 'Patryk Gruzska')).toBe('a spelling within a few letters');
    expect(duplicateReason('Patryk Gruszka', 'patrykgruszka')).toBe('the same letters');
    expect(duplicateReason('Patryk Gruszka', 'parykgruszka')).toBe('the handle parykgruszka inside the name');
    expect(duplicateReason('Zdeno Kuzmany', 'kuzmany')).toBe('the handle kuzmany inside the name');
    expect(duplicateReason('Jan Linhart (escopecz)', 'escopecz')).toBe('the handle escopecz');
    expect(duplicateReason('Patryk Gruszka', 'Patryk Gruszka (patrykgruszka)')).toBe('the same name');
    expect(duplicateReason('Lenon Leite', 'John Linhart')).toBeUndefined();
    expect(duplicateReason('Jane Doe', 'Jane Roe')).toBeUndefined(); // short names: one letter is another person
    expect(duplicateReason('r3ky', 'r3kyz')).toBeUndefined(); // handles under five letters never match
  });

  it('skips spellings credits.yaml already joins, and reports each new one once', () => {
    expect(likelyDuplicates(['Patryk Gruszka', 'Patryk Gruzska', 'patrykgruszka'], PEOPLE)).toEqual([]);
    expect(likelyDuplicates(['Patryk Gruszka', 'parykgruszka', 'Jane Doe', 'Jane  Doe'], PEOPLE)).toEqual([
      { spelling: 'parykgruszka', like: 'Patryk Gruszka', reason: 'the handle parykgruszka inside the name' },
    ]);
  });
});

describe('the duplicate-credit warning', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  function fixture(credits?: string) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-credits-'));
    made.push(dir);
    fs.cpSync(SITE_FIXTURE, dir, { recursive: true });
    const file = path.join(dir, 'advisories/2025/ACME-SA-2025-001.mdx');
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/^credits:\n(  - .*\n)+/m, 'credits:\n  - { name: Jane Doe, type: finder }\n  - { name: "Jane Doe (janedoe)", type: reporter }\n  - { name: Jane Dow, type: remediation_reviewer }\n'));
    if (credits) fs.writeFileSync(path.join(dir, 'credits.yaml'), credits);
    return dir;
  }
  const lines = (dir: string) => checkWarnings(readCorpus(dir).corpus, [duplicateCredits]).map((w) => formatWarning(w).split(dir).join('content'));

  it('names the file, the field and both spellings, with the fix', () => {
    expect(lines(fixture())).toEqual([
      'warning: content/advisories/2025/ACME-SA-2025-001.mdx: credits[1].name: "Jane Doe (janedoe)" looks like "Jane Doe" (credited in content/advisories/2025/ACME-SA-2025-001.mdx): the same name (if they are one person, list the spelling under one name in credits.yaml; if not, ignore this)',
    ]);
  });

  it('goes quiet once credits.yaml joins the spellings, and never fails check', () => {
    const dir = fixture('- name: Jane Doe\n  aliases: ["Jane Doe (janedoe)"]\n');
    expect(lines(dir)).toEqual([]);
    const opened = openContent(fixture(), { env: { DISCLOSE_NOW: '2025-11-01T00:00:00Z' } });
    expect(opened.warnings.length).toBeGreaterThan(0);
    expect(opened.problems).toEqual([]);
  });
});
