import { describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/read.ts';
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
