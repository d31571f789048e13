/**
 * The fixed parts of a fuzz content folder (site.yaml, releases.yaml) and the MDX frame around
 * pages and announcements, which, unlike advisory bodies, may hold HTML, JSX and components.
 */
import type { Ink } from './markdown-blocks.ts';

export interface Branch {
  branch: string;
  released: Date;
  /** Oldest first; the first is the branch's own release. */
  releases: { version: string; date: Date }[];
}

const date = (d: Date) => d.toISOString().slice(0, 10);
const cap = (s: string) => s.replace(/^\p{L}/u, (c) => c.toUpperCase());

export function siteYaml(policyPage: string): string {
  return [
    'name: Fuzz Security Advisories',
    'project: Fuzz',
    'url: https://security.fuzz.test',
    'id_prefix: FUZZ-SA',
    'contact: mailto:security@fuzz.test',
    'packages: [{ name: fuzz/app, ecosystem: Packagist }]',
    'components: [core, api, ui]',
    'targets: { acknowledge: PT24H, respond: P7D, resolve: P21D }',
    'security_releases: { months: [2, 5, 8, 11], notice_days: 14 }',
    'security_txt: { expires_days: 180, languages: [en] }',
    `policy_page: ${policyPage}`,
    '',
  ].join('\n');
}

export function releasesYaml(branches: Branch[]): string {
  return branches
    .map((b) =>
      [
        `- branch: "${b.branch}"`,
        `  released: ${date(b.released)}`,
        '  releases:',
        ...b.releases.map((r, i) => `    - { version: ${r.version}, date: ${date(r.date)}${i > 0 ? ', security: true' : ''} }`),
      ].join('\n'),
    )
    .join('\n') + '\n';
}

/**
 * A full MDX document: a component defined in the file, JSX expressions, and the given blocks,
 * some wrapped in that component or in raw HTML, so text reaches the page through MDX's own
 * route rather than the Markdown one advisory bodies take.
 */
export function fullPage(frontmatter: string[], ink: Ink, parts: string[][]): string {
  const words = ink.phrase().split(' ');
  const wrap = (lines: string[]): string[] => {
    const x = ink.random();
    if (x < 0.25) return ['<Note>', '', ...lines, '', '</Note>'];
    if (x < 0.45) return ['<div class="callout">', '', ...lines, '', '</div>'];
    if (x < 0.65) return ['<details>', `<summary>${cap(ink.phrase())}</summary>`, '', ...lines, '', '</details>'];
    return lines;
  };
  return [
    '---',
    ...frontmatter,
    '---',
    '',
    'export const Note = (props) => <aside class="note">{props.children}</aside>',
    '',
    `${cap(ink.phrase())} {${JSON.stringify(ink.phrase())}} within {2 * 7} days, and {[${words.map((w) => JSON.stringify(w)).join(', ')}].join(' ')}.`,
    '',
    `<Note>${cap(ink.phrase())} <strong>${ink.phrase()}</strong></Note>`,
    '',
    ...parts.flatMap((p) => [...wrap(p), '']),
  ].join('\n');
}
