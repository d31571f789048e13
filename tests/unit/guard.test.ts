import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { type Held, fingerprints, match } from '../../src/outputs/guard/fingerprints.ts';
import { listFiles, scanDirectory, scanFilesParallel } from '../../src/outputs/guard/scan.ts';
import { tokens, visibleText } from '../../src/outputs/guard/text.ts';
import { type GuardInput, guard } from '../../src/outputs/guard/guard.ts';

const held: Held = {
  id: 'ACME-SA-2025-007',
  reason: 'embargoed',
  title: 'Heap overflow in the zephyr decoder',
  summary: 'Short.',
  body: [
    'The zephyr decoder trusts a length field taken straight from the packet header.',
    'Upgrade to the fixed release listed above as soon as you can.',
  ].join('\n\n'),
  aliases: ['CVE-2025-30007', 'CVE-2025-30008'],
};
const publicText = ['Please upgrade to the fixed release listed above as soon as you can, every time.'];
const set = fingerprints([held], publicText, new Set(['CVE-2025-30008']));
const whats = (text: string) => match(set, tokens(text)).map((f) => f.what);

describe('fingerprints', () => {
  it('catch the id token for token, but not a longer id that starts the same', () => {
    expect(whats('see /advisories/acme-sa-2025-007/index.html')).toEqual(['id']);
    expect(whats('see ACME-SA-2025-0071')).toEqual([]);
  });
  it('catch the title through markup and entities', () => {
    expect(whats(visibleText('<h1>Heap &#111;verflow in the <em>zephyr</em> decoder</h1>'))).toEqual(['title "Heap overflow in the zephyr decoder"']);
  });
  it('catch an 8-word run of the body, even escaped twice inside a feed', () => {
    expect(whats(visibleText('<content>&lt;p&gt;the zephyr decoder trusts a length field taken straight&lt;/p&gt;</content>'))).toEqual([
      'text "the zephyr decoder trusts a length field taken"',
      'text "zephyr decoder trusts a length field taken straight"',
    ]);
  });
  it('leave out boilerplate that public text shares, and aliases a public advisory carries', () => {
    expect(whats('upgrade to the fixed release listed above as soon as you can')).toEqual([]);
    expect(whats('CVE-2025-30008')).toEqual([]);
    expect(whats('CVE-2025-30007')).toEqual(['alias CVE-2025-30007']);
  });
  it('leave out a title that public text also uses', () => {
    const s = fingerprints([{ ...held, title: 'Cross-site scripting in forms' }], ['Cross-site scripting in forms, again'], new Set());
    expect(match(s, tokens('cross-site scripting in forms')).map((f) => f.what)).toEqual([]);
  });
});

describe('scanning a folder', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-scan-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(dir, 'clean.html'), '<p>Nothing to see.</p>');
  fs.writeFileSync(path.join(dir, 'feed.json.br'), zlib.brotliCompressSync(JSON.stringify({ title: 'Heap overflow in the zephyr decoder' })));
  fs.writeFileSync(path.join(dir, 'bad.gz'), Buffer.from([0x1f, 0x8b, 0, 0]));
  fs.mkdirSync(path.join(dir, 'ACME-SA-2025-007'));
  fs.writeFileSync(path.join(dir, 'ACME-SA-2025-007', 'empty.txt'), '');

  it('decompresses brotli, matches file names and reports unreadable files', () => {
    const r = scanDirectory(dir, set);
    expect(r.files).toBe(4);
    expect(r.hits.map((h) => `${h.file}: ${h.fingerprint.what}`).sort()).toEqual([
      'ACME-SA-2025-007/empty.txt: id',
      'feed.json.br: title "Heap overflow in the zephyr decoder"',
    ]);
    expect(r.unreadable.map((u) => u.file)).toEqual(['bad.gz']);
  });
});

describe('template expansions', () => {
  it('are not fingerprints: a run made only of template words, numbers and public facts', () => {
    const h: Held = { ...held, body: 'Upgrade acme/app to 1.0.4 or later. The zephyr decoder trusts a length field taken straight from the header.' };
    const s = fingerprints([h], [], new Set(), new Set(tokens('Upgrade to or later, the acme/app')));
    expect(match(s, tokens('Upgrade acme/app to 1.0.4 or later. The')).map((f) => f.what)).toEqual([]);
    expect(match(s, tokens('decoder trusts a length field taken straight from')).map((f) => f.what)).toEqual(['text "decoder trusts a length field taken straight from"']);
  });
});

describe('the parallel scan', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-scan-many-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  for (let i = 0; i < 1600; i++) fs.writeFileSync(path.join(dir, `page-${String(i).padStart(4, '0')}.html`), `<p>Page ${i} says nothing secret.</p>`);
  fs.writeFileSync(path.join(dir, 'page-0777.html'), '<p>see CVE-2025-30007</p>');

  it('spreads a large folder over worker threads and finds the same hits', async () => {
    const r = await scanFilesParallel(dir, listFiles(dir), set);
    expect(r.files).toBe(1600);
    expect(r.hits.map((h) => `${h.file}: ${h.fingerprint.what}`)).toEqual(['page-0777.html: alias CVE-2025-30007']);
    expect(r).toEqual({ ...scanDirectory(dir, set), hits: expect.any(Array) });
  });
});

describe('a folder that is still being written when the guard starts', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-scan-late-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(dir, 'index.html'), '<p>Nothing to see.</p>');
  const input: GuardInput = { public: 1, held: [held], publicText, publicAliases: ['CVE-2025-30008'], facts: [] };

  it('is scanned once it is ready, so what lands in it late is still caught', async () => {
    let written = false;
    const ready = new Promise<void>((resolve) =>
      setTimeout(() => {
        fs.mkdirSync(path.join(dir, 'pagefind/fragment'), { recursive: true });
        fs.writeFileSync(path.join(dir, 'pagefind/fragment/en_1.pf_fragment'), zlib.gzipSync('{"content":"Heap overflow in the zephyr decoder"}'));
        written = true;
        resolve();
      }, 50),
    );
    const report = await guard(dir, input, undefined, { folder: 'pagefind', ready });
    expect(written).toBe(true);
    expect(report.files).toBe(2);
    expect(report.hits.map((h) => `${h.file}: ${h.fingerprint.what}`)).toEqual(['pagefind/fragment/en_1.pf_fragment: title "Heap overflow in the zephyr decoder"']);
    expect(report.waitedSeconds).toBeGreaterThan(0);
  });
});
