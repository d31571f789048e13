/**
 * Seeded synthetic content folders in format v1, for the embargo property test and the
 * benchmark. Each advisory has a realistic 2–4 KB MDX body (headings, lists, code, a table) made
 * of seeded pseudo-words, so bodies are distinctive, plus shared boilerplate sentences, so the
 * guard's boilerplate rule is exercised too. The generator also returns the ground truth.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface SyntheticAdvisory {
  id: string;
  file: string;
  status: 'draft' | 'embargoed' | 'published' | 'withdrawn';
  published: Date;
  fixed: string;
  fixDate: Date;
  title: string;
  /** A sentence that appears in this advisory only. */
  secret: string;
}

export interface SyntheticOptions {
  seed: number;
  count: number;
  now: Date;
  /** Published instants fall within ± this many days of now (default 30). */
  spreadDays?: number;
  /** Share of drafts and embargoed advisories (default 0.3). */
  heldShare?: number;
  /** Share published after now, i.e. scheduled (default 0.5). */
  scheduledShare?: number;
  /** Share whose fix release is dated after now (default 0.5). */
  unreleasedShare?: number;
}

/** mulberry32: small, fast, good enough for test data. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = 'ka lo mi ne ru sa ti vo be da fe gi ho ju ke la mo nu pe qi re so tu va we xi yo zu'.split(' ');
const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z');
/** Release dates are days: 00:00 UTC. */
const day = (ms: number) => new Date(Math.floor(ms / DAY) * DAY);

export function writeSyntheticContent(dir: string, options: SyntheticOptions): SyntheticAdvisory[] {
  const random = rng(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const word = () => Array.from({ length: 2 + Math.floor(random() * 2) }, () => pick(SYLLABLES)).join('');
  const words = (n: number) => Array.from({ length: n }, word).join(' ');
  const sentence = () => `${words(9 + Math.floor(random() * 8))}.`.replace(/^./, (c) => c.toUpperCase());
  const spread = (options.spreadDays ?? 30) * DAY;
  const now = options.now.getTime();

  // Three branches, each with a release well before now and one just after.
  const branches = ['3.0', '2.0', '1.0'].map((b, i) => ({
    branch: b,
    released: day(now - (400 + i * 200) * DAY),
    releases: [
      { version: `${b}.0`, date: day(now - (400 + i * 200) * DAY) },
      { version: `${b}.1`, date: day(now - Math.floor(random() * spread)) },
      { version: `${b}.2`, date: day(now + DAY + Math.floor(random() * spread)) },
    ],
  }));

  fs.mkdirSync(path.join(dir, 'advisories'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'site.yaml'),
    [
      'name: Synthetic Security Advisories',
      'project: Synthetic',
      'url: https://security.synthetic.test',
      'id_prefix: SYN-SA',
      'contact: mailto:security@synthetic.test',
      'packages: [{ name: synth/app, ecosystem: Packagist }]',
      'components: [core, api, ui]',
      'targets: { acknowledge: PT24H, respond: P7D, resolve: P21D }',
      '',
    ].join('\n'),
  );
  fs.writeFileSync(
    path.join(dir, 'releases.yaml'),
    branches
      .map((b) =>
        [
          `- branch: "${b.branch}"`,
          `  released: ${b.released.toISOString().slice(0, 10)}`,
          '  releases:',
          ...b.releases.map((r) => `    - { version: ${r.version}, date: ${r.date.toISOString().slice(0, 10)}, security: true }`),
        ].join('\n'),
      )
      .join('\n') + '\n',
  );

  const drafts: SyntheticAdvisory[] = [];
  for (let i = 0; i < options.count; i++) {
    const held = random() < (options.heldShare ?? 0.3);
    const status = held ? pick(['draft', 'embargoed'] as const) : random() < 0.1 ? 'withdrawn' : 'published';
    const ahead = random() < (options.scheduledShare ?? 0.5);
    const published = new Date(Math.floor((now + (ahead ? 1 : -1) * random() * spread) / 1000) * 1000);
    const branch = pick(branches);
    const release = branch.releases[random() < (options.unreleasedShare ?? 0.5) ? 2 : 1]!;
    const secret = sentence();
    drafts.push({
      id: '',
      file: '',
      status,
      published,
      fixed: release.version,
      fixDate: release.date,
      title: `Flaw in the ${word()} ${word()} ${pick(['handler', 'parser', 'importer', 'view', 'endpoint'])}`,
      secret,
    });
  }
  drafts.sort((a, b) => a.published.getTime() - b.published.getTime());
  const perYear = new Map<number, number>();
  for (const a of drafts) {
    const year = a.published.getUTCFullYear();
    const n = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, n);
    a.id = `SYN-SA-${year}-${String(n).padStart(4, '0')}`;
    a.file = path.join(dir, 'advisories', String(year), `${a.id}.mdx`);
    fs.mkdirSync(path.dirname(a.file), { recursive: true });
    const [introduced] = a.fixed.split('.');
    const frontmatter = [
      '---',
      `title: ${a.title}`,
      `summary: ${sentence()}`,
      `status: ${a.status}`,
      `published: ${iso(a.published)}`,
      ...(a.status === 'withdrawn' ? [`withdrawn: ${iso(new Date(a.published.getTime() + DAY))}`] : []),
      `severity: ${pick(['low', 'moderate', 'high', 'critical'])}`,
      `components: [${pick(['core', 'api', 'ui'])}]`,
      'affected:',
      '  - package: synth/app',
      '    ranges:',
      `      - { introduced: ${introduced}.0.0, fixed: ${a.fixed} }`,
      '---',
    ];
    const body = [
      '## Description',
      '',
      `${a.secret} ${sentence()} ${sentence()} ${sentence()}`,
      '',
      `${sentence()} ${sentence()} ${sentence()} ${sentence()} ${sentence()}`,
      '',
      '### Affected configurations',
      '',
      `${sentence()} ${sentence()} ${sentence()} ${sentence()}`,
      '',
      '## Impact',
      '',
      ...Array.from({ length: 4 }, () => `- ${sentence()}`),
      '',
      '```php',
      `$${word()} = $request->get('${word()}');`,
      `echo $${word()}; // ${words(6)}`,
      '```',
      '',
      '| Setting | Effect |',
      '| --- | --- |',
      ...Array.from({ length: 3 }, () => `| \`${word()}\` | ${sentence()} |`),
      '',
      '## Workarounds',
      '',
      'Restrict the affected permission to trusted administrators until you can upgrade to a fixed release.',
      '',
      '## Solution',
      '',
      `${sentence()} ${sentence()} Upgrade to ${a.fixed} or later, which is the first release of the ${introduced}.x line that contains the fix for this problem.`,
      '',
    ];
    fs.writeFileSync(a.file, `${frontmatter.join('\n')}\n\n${body.join('\n')}`);
  }
  return drafts;
}

/** The visibility rule, restated independently of src/domain/visibility.ts for tests. */
export function expectedPublic(a: SyntheticAdvisory, now: Date): boolean {
  return (a.status === 'published' || a.status === 'withdrawn') && a.published <= now && a.fixDate <= now;
}
