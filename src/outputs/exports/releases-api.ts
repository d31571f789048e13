/**
 * `/api/releases.json`: the supported-versions data in the shape of endoflife.date's API
 * (`/api/<product>.json`): one object per release cycle, newest first. Dates are `YYYY-MM-DD`;
 * an end not yet announced is `false`, as that API writes it. Only releases out by the build
 * instant count as `latest`.
 */
import { isoDate } from '../../domain/dates.ts';
import { compareVersions } from '../../domain/versions.ts';
import type { Branch } from '../../domain/model.ts';
import { requireOne } from './record.ts';

export interface Cycle {
  cycle: string;
  releaseDate: string;
  support: string | boolean;
  eol: string | boolean;
  extendedSupport: string | boolean;
  latest: string;
  latestReleaseDate: string;
  lts: boolean;
}

export function toReleasesApi(branches: readonly Branch[], now: Date): Cycle[] {
  return requireOne(branches, 'releases API').flatMap((b) => {
    const out = b.releases.filter((r) => r.date <= now).sort((x, y) => compareVersions(y.version, x.version));
    const latest = out[0];
    if (!latest || b.released > now) return [];
    return [
      {
        cycle: b.branch,
        releaseDate: isoDate(b.released),
        support: b.active_support_until ? isoDate(b.active_support_until) : true,
        eol: b.security_support_until ? isoDate(b.security_support_until) : false,
        extendedSupport: b.extended_support_until ? isoDate(b.extended_support_until) : false,
        latest: latest.version,
        latestReleaseDate: isoDate(latest.date),
        lts: b.lts,
      },
    ];
  });
}
