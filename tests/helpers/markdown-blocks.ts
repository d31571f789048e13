/**
 * Markdown blocks for the differential fuzz test (see markdown-fuzz.ts). Every block is written
 * with an Ink: each phrase it asks for is made of pseudo-words never used anywhere else in the
 * content folder, and is recorded for whoever owns the block (an advisory, a page, or a shared
 * block). A recorded phrase never has markup inside it, so in any rendering it survives as one
 * run of text, and finding it in dist/ can only mean its owner's text is there.
 *
 * The blocks are advisory-safe: no JSX, no `{…}` or `<…>` outside backticks, no raw HTML, no
 * import or export lines (advisory bodies are checked as MDX and rendered as Markdown).
 */

export type Rand = () => number;

/** Where the words of a block come from, and where its phrases are recorded. */
export interface Ink {
  random: Rand;
  /** A run of n fresh pseudo-words (at least 3), recorded as the owner's. */
  phrase(n?: number): string;
  /** Like phrase, for text a reader does not see (a link title): recorded as the owner's, hidden. */
  hidden(): string;
  /** A fresh ASCII word, for labels and URLs: unique, so two blocks never share a footnote. */
  label(): string;
}

export const KINDS = [
  'paragraph', 'fence-info', 'fence-bare', 'tilde', 'indented', 'table', 'footnote', 'ref-links',
  'inline-links', 'autolinks', 'atx-heading', 'setext-heading', 'quote', 'lists', 'entities',
  'breaks', 'scripts',
] as const;
export type Kind = (typeof KINDS)[number];

const pickOf = (r: Rand) => <T>(list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
export const cap = (s: string) => s.replace(/^\p{L}/u, (c) => c.toUpperCase());

/** Fixed English around the phrases, as advisories read; across two blocks it also makes runs of pure boilerplate. */
const LEADS = [
  'To check whether an installation is affected, run the following on the server',
  'The vulnerable request looks like this when it reaches the application',
  'Administrators who cannot upgrade yet can apply this configuration change instead',
  'The log of an affected installation shows lines such as these',
];

function sentence(ink: Ink): string {
  const pick = pickOf(ink.random);
  const style = pick(['plain', 'strong', 'em', 'code', 'strike', 'mixed'] as const);
  const a = cap(ink.phrase(3 + Math.floor(ink.random() * 3)));
  const b = ink.phrase();
  switch (style) {
    case 'plain': return `${a} ${b}.`;
    case 'strong': return `${a} **${b}** ${ink.phrase()}.`;
    case 'em': return `${a} _${b}_ and *${ink.phrase()}*.`;
    case 'code': return `${a} \`${b}\` with \`{${ink.label()}}\` and \`<${ink.label()}>\`.`;
    case 'strike': return `${a} ~~${b}~~ ***${ink.phrase()}***.`;
    default: return `${a} **${b} _${ink.phrase()}_ ${ink.phrase()}** until upgraded.`;
  }
}

const paragraph = (ink: Ink, n = 2) => Array.from({ length: n }, () => sentence(ink)).join(' ');
const lead = (ink: Ink) => `${pickOf(ink.random)(LEADS)}, ${ink.phrase()}:`;

function codeLines(ink: Ink): string[] {
  return [`# ${ink.phrase(4)}`, `${ink.label()} --${ink.label()}=${ink.label()} ${ink.phrase()}`, `echo "${ink.phrase()}"`];
}

/** One block of the given kind, as Markdown lines. */
export function block(kind: Kind, ink: Ink): string[] {
  const pick = pickOf(ink.random);
  const url = () => `https://${pick(['example.test', 'docs.example.test', 'www.example.test'])}/${ink.label()}/${ink.label()}`;
  switch (kind) {
    case 'paragraph':
      return [paragraph(ink, 2 + Math.floor(ink.random() * 2))];
    case 'fence-info': {
      const info = pick(['text', 'sh', 'console', 'diff', 'json', 'php']);
      const body = info === 'json' ? [`{ "${ink.label()}": "${ink.phrase()}" }`] : info === 'php' ? [`$${ink.label()} = '${ink.phrase()}';`] : codeLines(ink);
      return [lead(ink), '', '```' + info, ...body, '```'];
    }
    case 'fence-bare':
      return [lead(ink), '', '```', ...codeLines(ink), '```'];
    case 'tilde': {
      const open = pick(['~~~', '~~~sh', '~~~~text']);
      return [lead(ink), '', open, ...codeLines(ink), open.replace(/[^~]/g, '')];
    }
    case 'indented':
      return [lead(ink), '', ...codeLines(ink).map((l) => `    ${l}`)];
    case 'table': {
      const align = pick(['| :--- | :---: | ---: |', '| --- | :-- | --: |', '|:-|-|-:|']);
      const rows = Array.from({ length: 2 + Math.floor(ink.random() * 3) }, () =>
        `| \`${ink.label()} \\| ${ink.label()}\` | ${ink.phrase()} | **${ink.phrase()}** |`);
      return [`${cap(ink.phrase())}:`, '', `| Setting | ${cap(ink.phrase())} | Effect |`, align, ...rows];
    }
    case 'footnote': {
      const [a, b] = [ink.label(), ink.label()];
      return [`${cap(ink.phrase(4))}[^${a}] and ${ink.phrase()}.[^${b}]`, '', `[^${a}]: ${cap(ink.phrase())} in a footnote.`, `[^${b}]: ${cap(ink.phrase())} _${ink.phrase()}_.`];
    }
    case 'ref-links': {
      const [a, b] = [ink.label(), ink.label()];
      return [`${cap(ink.phrase())} [${ink.phrase()}][${a}] and [${b}][] or [${b}] ${ink.phrase()}.`, '', `[${a}]: ${url()}`, `[${b}]: ${url()} "${cap(ink.hidden())}"`];
    }
    case 'inline-links':
      return [`${cap(ink.phrase(4))} [${ink.phrase()}](${url()}) and [${ink.phrase()}](${url()} "${cap(ink.hidden())}") ${ink.phrase()}.`];
    case 'autolinks':
      // Angle-bracket autolinks are JSX to the MDX check, so these are GitHub's bare autolinks.
      return [`${cap(ink.phrase())} ${url()} or www.example.test/${ink.label()} ${ink.phrase()}, security@example.test ${ink.phrase()}.`];
    case 'atx-heading':
      return [`${pick(['##', '###', '####'])} ${cap(ink.phrase())}${ink.random() < 0.3 ? ' ###' : ''}`, '', paragraph(ink, 1)];
    case 'setext-heading': {
      const title = cap(ink.phrase());
      return [title, (ink.random() < 0.3 ? '=' : '-').repeat(title.length), '', paragraph(ink, 1)];
    }
    case 'quote':
      return [`> ${paragraph(ink, 1)}`, '>', `> > ${cap(ink.phrase())} nested ${ink.phrase()}.`, '>', `> - ${ink.phrase()}`, `> - ${ink.phrase()}`];
    case 'lists':
      return [
        `- ${cap(ink.phrase())}`,
        `- ${cap(ink.phrase())}`,
        `  - ${ink.phrase()}`,
        `    1. ${ink.phrase()}`,
        `    2. **${ink.phrase()}**`,
        `- [x] ${ink.phrase()}`,
        '',
        `1. ${cap(ink.phrase())}`,
        `2. ${cap(ink.phrase())}`,
        `   * ${ink.phrase()}`,
        `10. ${ink.phrase()}`,
      ];
    case 'entities':
      return [`${cap(ink.phrase())} &amp; ${ink.phrase()} caf&eacute; ${ink.phrase()} &#169; 2025 &#x263A; ${ink.phrase()} &lt;${ink.label()}&gt; &quot;${ink.phrase()}&quot;.`];
    case 'breaks':
      return [`${cap(ink.phrase())}  `, `${ink.phrase()}\\`, `${ink.phrase()}`, '', '***', '', `${cap(ink.phrase())}.`];
    case 'scripts':
      // The phrases come in every script the Ink writes; these fixed words add more around them.
      return [`${cap(ink.phrase())} — naïve façade «${ink.phrase()}» 脆弱性の修正 ${ink.phrase()}، ثغرة أمنية ${ink.phrase()} פגיעות אבטחה.`];
  }
}

// Pseudo-words in several scripts, so tokenising, case folding and normalisation beyond ASCII
// are exercised too. Pools avoid the characters of the fixed words in the 'scripts' block.
const LATIN = 'ka lo mi ne ru sa ti vo be da fe gi ho ju ke la mo nu pe qi re so tu va we xi yo zu'.split(' ');
const ACCENTED = 'ké lø mí ñe rü sà tî vö bé då çu ẽa'.split(' ');
const CJK = [...'漏洞補丁版本服務器請求響応認証権限設記録検査新旧値鍵'];
const ARABIC = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'];
const HEBREW = [...'אבגדהוזחטיכלמנסעפצקרשת'];
const SCRIPTS = [
  { share: 0.8, parts: LATIN, length: 3 },
  { share: 0.08, parts: ACCENTED, length: 3 },
  { share: 0.04, parts: CJK, length: 3 },
  { share: 0.04, parts: ARABIC, length: 5 },
  { share: 0.04, parts: HEBREW, length: 5 },
];

/**
 * Hands out pseudo-words that are unique across a whole content folder. Every recorded phrase
 * has at least three of them, so it can only be found where it was written: even when a phrase
 * is glued to a neighbour (Pagefind joins table cells), its middle word is whole and unique.
 */
export class Lexicon {
  private used = new Set<string>();
  readonly random: Rand;
  constructor(random: Rand) {
    this.random = random;
  }

  word(script = 0): string {
    const { parts, length } = SCRIPTS[script]!;
    for (let extra = 0; ; extra++) {
      const n = length + Math.floor(extra / 20);
      const w = Array.from({ length: n }, () => parts[Math.floor(this.random() * parts.length)]!).join('');
      if (!this.used.has(w)) {
        this.used.add(w);
        return w;
      }
    }
  }

  private script(): number {
    let x = this.random();
    for (let i = 0; i < SCRIPTS.length; i++) if ((x -= SCRIPTS[i]!.share) < 0) return i;
    return 0;
  }

  /** An Ink that records what it writes into `strings` (visible) and `hidden`. */
  ink(strings: string[], hidden: string[]): Ink {
    const phrase = (n = 3, into = strings) => {
      const script = this.script();
      const text = Array.from({ length: Math.max(3, n) }, () => this.word(script)).join(' ');
      into.push(text);
      return text;
    };
    return { random: this.random, phrase, hidden: () => phrase(3, hidden), label: () => this.word(0) };
  }
}
