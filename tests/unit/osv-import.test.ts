// The OSV mapping's pieces on their own: MDX-safe bodies (compiled by MDX itself, same reader
// text), event order, and the reasons a record is skipped.
import { compile } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { mapRecord, type OsvInput } from '../../src/corpus/import/osv-map.ts';
import { firstParagraph, safeMarkdown } from '../../src/corpus/import/safe-markdown.ts';

const TRICKY = [
  '### Impact',
  'Inject `<script>` through {name} when x < 3 && y > 2, see <https://example.test/a?b={1}>.',
  '',
  '<details><summary>PoC</summary>',
  '',
  '```js',
  'const a = {b: "<img src=x onerror=alert(1)>"};',
  '```',
  '</details>',
  '',
  '| Version | Fixed |',
  '|---|---|',
  '| < 1.2.3 | 1.2.3 {x} |',
  '',
  '<!-- note --> {{ user.name }} ${x}',
  '',
  '    indented <code> {block}',
].join('\n');

describe('safeMarkdown', () => {
  it('writes Markdown that MDX compiles, with code kept byte for byte and HTML shown as text', async () => {
    const out = safeMarkdown(TRICKY);
    await expect(compile(out)).resolves.toBeDefined();
    expect(out).toContain('const a = {b: "<img src=x onerror=alert(1)>"};');
    expect(out).toContain('`<script>`');
    expect(out).toContain('\\<details>\\<summary>PoC\\</summary>');
    expect(out).toContain('[https://example.test/a?b=\\{1}](https://example.test/a?b=\\{1})');
    expect(out).toContain('| \\< 1.2.3 | 1.2.3 \\{x} |');
    expect(out).not.toMatch(/(^|[^\\])<https?:/m);
  });

  it('gives the first paragraph as plain text for the summary', () => {
    expect(firstParagraph(TRICKY)).toBe('Inject <script> through {name} when x < 3 && y > 2, see https://example.test/a?b={1}.');
  });
});

const base: OsvInput = {
  id: 'GHSA-2q4m-9h3x-7c6w',
  modified: '2024-11-20T18:02:11.5Z',
  published: '2024-11-12T21:45:03Z',
  summary: 'A flaw',
  details: 'The details.',
  database_specific: { severity: 'HIGH' },
  affected: [{ package: { ecosystem: 'PyPI', name: 'Django' }, ranges: [{ type: 'ECOSYSTEM', events: [{ fixed: '4.2.15' }, { introduced: '4.2' }, { introduced: '5.0' }, { fixed: '5.0.8' }] }] }],
};

describe('mapRecord', () => {
  it('pairs events in version order, whatever order the record lists them in', () => {
    const r = mapRecord(base);
    expect(r.ok && r.advisory.fields.affected).toEqual([{ package: 'Django', ranges: [{ introduced: '4.2', fixed: '4.2.15' }, { introduced: '5.0', fixed: '5.0.8' }] }]);
    expect(r.ok && r.advisory.fields.updated).toBe('2024-11-20T18:02:11Z');
  });

  it.each([
    [{ severity: [{ type: 'CVSS_V2', score: 'AV:N/AC:L/Au:N/C:P/I:P/A:P' }] }, 'a CVSS 2.0 vector (content format v1 takes CVSS 3.0, 3.1 and 4.0)'],
    [{ database_specific: {} }, 'no CVSS vector and no severity label (database_specific.severity)'],
    [{ affected: [{ package: { ecosystem: 'PyPI', name: 'Django' }, ranges: [{ type: 'ECOSYSTEM', events: [{ introduced: '1.0' }, { limit: '2.0' }] }] }] }, 'Django: a "limit" event (Disclose ranges end with fixed or last_affected)'],
    [{ affected: [{ package: { ecosystem: 'PyPI', name: 'Django' }, versions: ['not.a version'] }] }, 'Django: version "not.a version" is not one PyPI can order'],
    [{ affected: [] }, 'no affected package'],
    [{ published: 'yesterday' }, 'published "yesterday" is not an RFC 3339 instant'],
  ] as [Partial<OsvInput>, string][])('skips %j: %s', (change, reason) => {
    expect(mapRecord({ ...base, ...change })).toEqual({ ok: false, reason });
  });
});
