/**
 * A warning rule (warnings.ts): release dates in releases.yaml that look filled in rather than
 * known. Placeholder dates are the usual way a wrong fact reaches a security site: a branch
 * "released" and "ended" on the same day, several branches released on one day, or a release
 * dated before a lower version of its own branch. Any of these can be true, so they warn and
 * never fail; the fix they suggest is to say what is known (`released_by`, `unknown`).
 */
import path from 'node:path';
import semver from 'semver';
import type { Corpus } from './read.ts';
import type { Problem } from './problems.ts';
import type { WarningRule } from './warnings.ts';
import { displayPath } from './content-dir.ts';
import { isoDate } from '../domain/dates.ts';

const ENDS = ['active_support_until', 'security_support_until', 'extended_support_until'] as const;
const isDay = (v: unknown): v is Date => v instanceof Date && !Number.isNaN(v.getTime());

export const inventedReleaseDates: WarningRule = (corpus: Corpus, warnings: Problem[]) => {
  const file = displayPath(path.join(corpus.dir, 'releases.yaml'));
  const firstOnDay = new Map<number, string>();
  corpus.branchFacts.forEach((b, i) => {
    // An upper bound (released_by) is an honest statement; only an exact day can look invented.
    const released = isDay(b.released) && b.released_exact !== false ? b.released : undefined;
    if (released && b.branch) {
      for (const end of ENDS) {
        const at = b[end];
        if (isDay(at) && at.getTime() === released.getTime()) {
          warnings.push({
            file,
            field: `[${i}].${end}`,
            message: `ends on the day the branch was released (found released and ${end} both ${isoDate(at)}) (if either day is not recorded, write released_by: <date> for the release or unknown for the end)`,
          });
        }
      }
      const other = firstOnDay.get(released.getTime());
      if (other) {
        warnings.push({
          file,
          field: `[${i}].released`,
          message: `is the same day as branch ${other}'s (found ${isoDate(released)} for both) (if the day was copied from another record, write released_by: <date> for an upper bound instead)`,
        });
      } else firstOnDay.set(released.getTime(), b.branch);
    }
    const dated = (b.releases ?? []).map((r, j) => ({ r, j })).filter(({ r }) => r.exact && isDay(r.date));
    for (const { r, j } of dated) {
      const lower = dated.filter(({ r: o }) => semver.valid(o.version) && semver.valid(r.version) && semver.lt(o.version, r.version) && o.date > r.date);
      const latest = lower.sort((x, y) => y.r.date.getTime() - x.r.date.getTime())[0];
      if (!latest) continue;
      warnings.push({
        file,
        field: `[${i}].releases[${j}].date`,
        message: `${r.version} is dated before ${latest.r.version} (found ${isoDate(r.date)}, want ${isoDate(latest.r.date)} or later) (check both days; write released_by: <date> where only an upper bound is known)`,
      });
    }
  });
};
