/**
 * `/api/releases.json`: the supported-versions data in the shape of endoflife.date's API
 * (`/api/<product>.json`): one object per release cycle, newest first, with endoflife.date's
 * fields and their conventions. Dates are `YYYY-MM-DD`. `support`, `eol` and `extendedSupport`
 * are a date, or a boolean where there is none: `support: true` / `eol: false` while no end is
 * announced, `support: false` / `eol: true` when the phase is over on a day no record gives,
 * `extendedSupport: false` when none is offered or it is over. Only releases out by the build
 * instant count as `latest`.
 *
 * Added fields, which endoflife.date's clients ignore: `releaseDateExact` and
 * `latestReleaseDateExact` are false when the date beside them is only an upper bound
 * (`released_by`: out by then); `status` is the site's support vocabulary (supported, extended
 * support (paid), end of life), `supportPhase` is active or security fixes only while
 * supported, and `statusText` is the status line the pages print (README, "Supported versions").
 */
import { isoDate } from '../../domain/dates.ts';
import { compareVersions } from '../../domain/versions.ts';
import { type SitePackages, branchOrdering } from '../../domain/lines.ts';
import { DEFAULT_ORDERING } from '../../domain/ecosystems.ts';
import { type SupportStatus, type SupportedPhase, describeSupport, supportState } from '../../domain/support.ts';
import type { Branch, SupportEnd } from '../../domain/model.ts';
import { requireOne } from './record.ts';

export interface Cycle {
  cycle: string;
  /** The package whose line the cycle is, where the site has more than one version line. */
  package?: string;
  releaseDate: string;
  releaseDateExact: boolean;
  support: string | boolean;
  eol: string | boolean;
  extendedSupport: string | boolean;
  latest: string;
  latestReleaseDate: string;
  latestReleaseDateExact: boolean;
  lts: boolean;
  status: SupportStatus;
  supportPhase: SupportedPhase | null;
  statusText: string;
}

/** A date, else `whileOpen` when no end is announced, else the opposite when the phase is over on an unrecorded day. */
const endField = (end: SupportEnd | undefined, whileOpen: boolean): string | boolean => (end === undefined ? whileOpen : end === 'unknown' ? !whileOpen : isoDate(end));

export function toReleasesApi(branches: readonly Branch[], now: Date, site: SitePackages = { packages: [] }): Cycle[] {
  return requireOne(branches, 'releases API').flatMap((b) => {
    const o = branchOrdering(site, b) ?? DEFAULT_ORDERING;
    const out = b.releases.filter((r) => r.date <= now).sort((x, y) => compareVersions(y.version, x.version, o));
    const latest = out[0];
    if (!latest || b.released > now) return [];
    const state = supportState(b, now);
    return [
      {
        cycle: b.branch,
        ...(b.package === undefined ? {} : { package: b.package }),
        releaseDate: isoDate(b.released),
        releaseDateExact: b.released_exact,
        support: endField(b.active_support_until, true),
        eol: endField(b.security_support_until, false),
        extendedSupport: b.extended_support_until === 'unknown' ? false : endField(b.extended_support_until, false),
        latest: latest.version,
        latestReleaseDate: isoDate(latest.date),
        latestReleaseDateExact: latest.exact,
        lts: b.lts,
        status: state.status,
        supportPhase: state.phase ?? null,
        statusText: describeSupport(state, now),
      },
    ];
  });
}
