import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/read.ts';
import { inventedReleaseDates } from '../../src/corpus/release-date-warnings.ts';
import { checkWarnings, formatWarning, type WarningRule } from '../../src/corpus/warnings.ts';
import { SITE_FIXTURE } from '../helpers/fixtures.ts';

describe('warnings', () => {
  it('collects what every rule finds, sorted by file, and prints it as a warning line', () => {
    const { corpus } = readCorpus(SITE_FIXTURE);
    const everyTitle: WarningRule = (c, w) => {
      for (const a of [...c.advisories].reverse()) w.push({ file: a.file, field: 'title', message: `is "${a.data.title}" (check it)` });
    };
    const warnings = checkWarnings(corpus, [everyTitle]);
    expect(warnings.map((w) => w.file)).toEqual([...warnings.map((w) => w.file)].sort());
    expect(formatWarning(warnings[0]!)).toBe(`warning: ${warnings[0]!.file}: title: is "${corpus.advisories.find((a) => a.file === warnings[0]!.file)!.data.title}" (check it)`);
  });
});

describe('release dates that look invented', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

  /** The site fixture with another releases.yaml, as `check` would read it. */
  function warningsFor(releases: string): string[] {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'disclose-warnings-'));
    made.push(dir);
    fs.cpSync(SITE_FIXTURE, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'releases.yaml'), releases);
    return checkWarnings(readCorpus(dir).corpus, [inventedReleaseDates]).map((w) => formatWarning(w).split(dir).join('content'));
  }

  it('warns about a branch released and ended on one day, branches sharing a release day, and dates out of version order', () => {
    expect(
      warningsFor(`
- branch: "2.14"
  released: 2021-01-19
  active_support_until: 2021-01-19
  security_support_until: 2021-01-19
  releases:
    - { version: 2.14.0, date: 2021-01-19 }
    - { version: 2.14.1, date: 2020-12-01 }
- branch: "2.13"
  released: 2021-01-19
  security_support_until: unknown
  releases: [{ version: 2.13.0, date: 2021-01-19 }]
`),
    ).toEqual([
      'warning: content/releases.yaml: [0].active_support_until: ends on the day the branch was released (found released and active_support_until both 2021-01-19) (if either day is not recorded, write released_by: <date> for the release or unknown for the end)',
      'warning: content/releases.yaml: [0].security_support_until: ends on the day the branch was released (found released and security_support_until both 2021-01-19) (if either day is not recorded, write released_by: <date> for the release or unknown for the end)',
      'warning: content/releases.yaml: [0].releases[1].date: 2.14.1 is dated before 2.14.0 (found 2020-12-01, want 2021-01-19 or later) (check both days; write released_by: <date> where only an upper bound is known)',
      "warning: content/releases.yaml: [1].released: is the same day as branch 2.14's (found 2021-01-19 for both) (if the day was copied from another record, write released_by: <date> for an upper bound instead)",
    ]);
  });

  it('is silent once the file says what is known, and for the default content', () => {
    expect(
      warningsFor(`
- branch: "2.14"
  released_by: 2021-01-19
  active_support_until: unknown
  security_support_until: unknown
  releases:
    - { version: 2.14.0, released_by: 2021-01-19 }
    - { version: 2.14.1, released_by: 2020-12-01 }
- branch: "2.13"
  released_by: 2021-01-19
  releases: [{ version: 2.13.0, released_by: 2021-01-19 }]
`),
    ).toEqual([]);
    expect(checkWarnings(readCorpus(path.resolve(import.meta.dirname, '../../content')).corpus)).toEqual([]);
  });
});
