import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { type FingerprintSet, type HeldItem, buildFingerprints } from '../../src/outputs/guard/fingerprints.ts';
import { match } from '../../src/outputs/guard/matcher.ts';
import { listFiles, scanDirectory, scanFilesParallel } from '../../src/outputs/guard/scan.ts';
import { readerWords, visibleText } from '../../src/outputs/guard/text.ts';
import { type GuardInput, guard } from '../../src/outputs/guard/guard.ts';
import type { TextSource } from '../../src/outputs/guard/reader-text.ts';

const held: HeldItem = {
  id: 'ACME-SA-2025-007',
  reason: 'embargoed',
  exact: [
    { what: 'id', text: 'ACME-SA-2025-007' },
    { what: 'alias CVE-2025-30007', text: 'CVE-2025-30007' },
  ],
  paths: [],
  titles: ['Heap overflow in the zephyr decoder'],
  texts: [
    { kind: 'plain', text: 'Short.' },
    {
      kind: 'markdown',
      text: ['The zephyr decoder trusts a length field taken straight from the packet header.', 'Upgrade to the fixed release listed above as soon as you can.'].join('\n\n'),
    },
  ],
};
const publicTexts: TextSource[] = [{ kind: 'plain', text: 'Please upgrade to the fixed release listed above as soon as you can, every time.' }];
const set = await buildFingerprints({ held: [held], publicTexts, common: [] });
const whats = (s: FingerprintSet, text: string) => match(s, readerWords(text)).map((f) => f.what);

describe('fingerprints', () => {
  it('catch the id token for token, but not a longer id that starts the same', () => {
    expect(whats(set, 'see /advisories/acme-sa-2025-007/index.html')).toEqual(['id']);
    expect(whats(set, 'see ACME-SA-2025-0071')).toEqual([]);
  });
  it('catch the title through markup and entities', () => {
    expect(whats(set, '<h1>Heap &#111;verflow in the <em>zephyr</em> decoder</h1>')).toEqual(['title "Heap overflow in the zephyr decoder"']);
  });
  it('catch an 8-word run of the body, even escaped twice inside a feed', () => {
    expect(whats(set, '<content>&lt;p&gt;the zephyr decoder trusts a length field taken straight&lt;/p&gt;</content>')).toEqual([
      'text "the zephyr decoder trusts a length field taken"',
      'text "zephyr decoder trusts a length field taken straight"',
    ]);
  });
  it('leave out boilerplate that public text shares, but never an id or an unshared alias', () => {
    expect(whats(set, 'upgrade to the fixed release listed above as soon as you can')).toEqual([]);
    expect(whats(set, 'CVE-2025-30007')).toEqual(['alias CVE-2025-30007']);
  });
  it('leave out a title that public text also uses', async () => {
    const s = await buildFingerprints({ held: [{ ...held, titles: ['Cross-site scripting in forms'] }], publicTexts: [{ kind: 'plain', text: 'Cross-site scripting in forms, again' }], common: [] });
    expect(whats(s, 'cross-site scripting in forms')).toEqual([]);
  });
});

describe('one text model for held-back and public Markdown', () => {
  // Each block is shared by a held-back and a public body; each time the rendered page shows
  // the words differently from the source (a fence's info string, table pipes, emphasis
  // markers, a footnote label, a reference definition, entities), and none may be a leak.
  const blocks = [
    'Run the update with\n\n```text\ncomposer update --with-dependencies mautic/core\n```',
    '| Version | Fixed in the patched release line |\n|:---|---:|\n| 5.2 | every supported install must move to 5.2.4 |',
    'Administrators *who cannot upgrade at once* should **disable the form builder entirely** until then.',
    'Read the vendor note[^vendor] before you change the configuration of any production server.\n\n[^vendor]: The vendor publishes its own guidance for each hosted plan.',
    'See [the hardening guide][guide] and [the release notes](https://example.test/notes) for the complete list of steps.\n\n[guide]: https://example.test/guide',
    'Caf&eacute; &amp; bistro operators in Zürich, 東京 and القاهرة reported the same fault &#169; to the team.',
  ];
  const body = (secret: string, shared: string) => `## Impact\n\n${secret}\n\n${shared}\n\n## Solution\n\nUpgrade now.`;

  it.each(blocks.map((b, i) => [i, b]))('a shared block (%i) is not a fingerprint, the held-back text around it is', async (_i, block) => {
    const secret = 'The quartz lantern module dereferences a pointer that the saffron gateway frees.';
    const h: HeldItem = { ...held, texts: [{ kind: 'markdown', text: body(secret, block as string) }] };
    const s = await buildFingerprints({ held: [h], publicTexts: [{ kind: 'markdown', text: body('Nothing else in common here at all, none.', block as string) }], common: [] });
    const shown = visibleText((await import('../../src/outputs/markdown.ts').then((m) => m.createBodyRenderer()).then((r) => r(block as string))).html);
    expect(match(s, readerWords(shown)).map((f) => f.what)).toEqual([]);
    expect(match(s, readerWords(secret)).length).toBeGreaterThan(0);
  });

  it('text that public text prints next to template words is still shared', async () => {
    const shared = 'apply the vendor patch before the next maintenance window closes tonight';
    const h: HeldItem = { ...held, texts: [{ kind: 'markdown', text: `${shared}\n\n## References\n\nA list of links.` }] };
    const s = await buildFingerprints({ held: [h], publicTexts: [{ kind: 'markdown', text: shared }], common: ['<h2>References</h2>'] });
    // A page that prints the public body and then its own References heading.
    expect(match(s, readerWords(`<p>${shared}</p><h2>References</h2>`)).map((f) => f.what)).toEqual([]);
  });
});

describe('template expansions', () => {
  it('are not fingerprints: a run made only of template words, numbers and public facts', async () => {
    const h: HeldItem = { ...held, texts: [{ kind: 'markdown', text: 'Upgrade acme/app to 1.0.4 or later. The zephyr decoder trusts a length field taken straight from the header.' }] };
    const s = await buildFingerprints({ held: [h], publicTexts: [], common: ['Upgrade to or later, the acme/app'] });
    expect(whats(s, 'Upgrade acme/app to 1.0.4 or later. The')).toEqual([]);
    expect(whats(s, 'decoder trusts a length field taken straight from')).toEqual(['text "decoder trusts a length field taken straight from"']);
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
  const input: GuardInput = { public: 1, held: [held], publicTexts, common: [] };

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

describe('pages, announcements and exports that carry the same blocks', () => {
  const secret = 'The quartz lantern module dereferences a pointer that the saffron gateway frees.';
  const taskList = '- [x] xizuva voloru nekaqi dareyo lakeva\n- [ ] dadaka kebemo xirufe julaqi damolo';
  const footnotes = 'Rubegi zutida qimire hovaju[^kelope] and gisoru daxiso yoweru mopeke laneda.[^sasope]\n\n[^kelope]: Vakati rumiti voremi in a footnote.\n[^sasope]: Bevaso juminu tirune vadada.';

  it.each([
    ['a task list inside a JSX element of an MDX page', taskList, (b: string) => `<details>\n<summary>More</summary>\n\n${b}\n\n</details>`],
    ['footnotes inside an MDX page', footnotes, (b: string) => `export const Note = (props) => <aside>{props.children}</aside>\n\n<Note>\n\n${b}\n\n</Note>`],
  ])('%s is shared text', async (_what, block, wrap) => {
    const h: HeldItem = { ...held, texts: [{ kind: 'markdown', text: `${secret}\n\n${block}` }] };
    const s = await buildFingerprints({ held: [h], publicTexts: [{ kind: 'mdx', text: wrap(block) }], common: [] });
    const render = await import('../../src/outputs/markdown.ts').then((m) => m.createBodyRenderer());
    expect(match(s, readerWords((await render(block)).html)).map((f) => f.what)).toEqual([]);
    expect(match(s, readerWords(secret)).length).toBeGreaterThan(0);
  });

  it('text that exports print as Markdown is shared as written too', async () => {
    // OSV `details` and CSAF notes carry a public body as written, footnote labels and all, so a
    // held-back item that says the same words plainly is not a leak there either.
    const plain = 'Rubegi zutida qimire hovaju kelope and gisoru daxiso yoweru mopeke laneda.';
    const h: HeldItem = { ...held, id: 'announcement next', exact: [], texts: [{ kind: 'mdx', text: `${secret}\n\n${plain}` }] };
    const rendered = { kind: 'markdown' as const, text: footnotes };
    const details = readerWords(JSON.stringify({ details: footnotes }));
    const withoutSource = await buildFingerprints({ held: [h], publicTexts: [rendered], common: [] });
    expect(match(withoutSource, details).length).toBeGreaterThan(0);
    const withSource = await buildFingerprints({ held: [h], publicTexts: [rendered, { kind: 'raw', text: footnotes }], common: [] });
    expect(match(withSource, details)).toEqual([]);
  });
});
