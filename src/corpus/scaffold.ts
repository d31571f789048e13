/** The text of a new draft advisory, for `npm run new`. */

export interface ScaffoldInput {
  prefix: string;
  year: number;
  /** Ids already used anywhere in the content folder. */
  taken: string[];
  title: string;
  published: string;
  components: string[];
  packages: string[];
  placeholder: (what: string) => string;
}

/** The next free number in the year: one more than the highest used, at least three digits. */
export function nextId(prefix: string, year: number, taken: string[]): string {
  const pattern = new RegExp(`^${prefix}-${year}-(\\d+)$`);
  const highest = Math.max(0, ...taken.map((id) => Number(pattern.exec(id)?.[1] ?? 0)));
  return `${prefix}-${year}-${String(highest + 1).padStart(3, '0')}`;
}

export function scaffold(input: ScaffoldInput): { id: string; text: string } {
  const id = nextId(input.prefix, input.year, input.taken);
  const p = (what: string) => JSON.stringify(input.placeholder(what));
  const lines = [
    '---',
    `title: ${JSON.stringify(input.title)}`,
    `summary: ${p('one or two sentences for listings and feeds')}`,
    'status: draft',
    `published: ${input.published} # the disclosure instant; set it before changing the status`,
    '# Give a NIST IR 7864 risk vector, a CVSS vector, or both; severity is only for records without one.',
    `risk: ${p('a vector such as AC:Basic/A:User/CI:Some/II:Some/E:Theoretical/TD:Default')}`,
    `components: [${input.components.join(', ')}]`,
    'affected:',
    ...input.packages.flatMap((name) => [
      `  - package: ${name}`,
      '    ranges:',
      `      - { introduced: ${p('first affected version, or 0')}, fixed: ${p('first fixed version')} }`,
    ]),
    'credits:',
    `  - { name: ${p('who found it')}, type: finder }`,
    '---',
    '',
    '## Description',
    '',
    input.placeholder('what the flaw is and where it sits.'),
    '',
    '## Impact',
    '',
    input.placeholder('who can exploit it and what they gain.'),
    '',
    '## Workarounds',
    '',
    input.placeholder('what users can do until they upgrade, or say there is no workaround.'),
    '',
    '## Solution',
    '',
    input.placeholder('the releases that fix it, per branch.'),
    '',
  ];
  return { id, text: lines.join('\n') };
}
