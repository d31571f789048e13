/**
 * Rules that span files: ids against file names and site.yaml, unique ids and aliases, fixed
 * versions against releases.yaml, packages and components against site.yaml, the announcement
 * notice period, and releases.yaml's own consistency. Each rule adds every problem it finds.
 */
import path from 'node:path';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import type { Corpus } from './read.ts';
import type { Problem } from './problems.ts';
import { displayPath } from './content-dir.ts';
import { addDuration, isoDate, isoInstant } from '../domain/dates.ts';
import semver from 'semver';
import type { Branch } from '../domain/model.ts';

export function checkIds(corpus: Corpus, problems: Problem[]): void {
  const prefix = corpus.siteFacts.id_prefix;
  const firstFile = new Map<string, string>();
  for (const a of corpus.advisoryFacts) {
    const seen = firstFile.get(a.id);
    if (seen) {
      problems.push({ file: a.file, field: 'id', message: `${a.id} is also the id of ${seen} (give each advisory its own number)` });
    } else firstFile.set(a.id, a.file);
    if (!prefix) continue;
    const published = a.data.published;
    const m = new RegExp(`^${prefix}-(\\d{4})-(\\d{3,})$`).exec(a.id);
    if (!m) {
      problems.push({
        file: a.file,
        field: 'id',
        message: `file name "${a.id}" is not an advisory id (want ${prefix}-<year>-<number> with at least three digits, e.g. ${prefix}-${published?.getUTCFullYear() ?? "YYYY"}-001; rename the file)`,
      });
      continue;
    }
    const year = published?.getUTCFullYear();
    if (year !== undefined && Number(m[1]) !== year) {
      problems.push({
        file: a.file,
        field: 'id',
        message: `year ${m[1]} differs from the year published, ${year} (found ${a.id}, want ${prefix}-${year}-<number>; rename the file or correct published)`,
      });
    }
  }
}

export function checkAliases(corpus: Corpus, problems: Problem[]): void {
  const owner = new Map<string, { id: string; withdrawn: boolean }>();
  for (const a of corpus.advisoryFacts) {
    const withdrawn = a.data.status === 'withdrawn';
    for (const field of ['cve', 'ghsa', 'aliases'] as const) {
      (a.data[field] ?? []).forEach((alias, i) => {
        const prior = owner.get(alias);
        if (prior && !prior.withdrawn && !withdrawn) {
          problems.push({
            file: a.file,
            field: `${field}[${i}]`,
            message: `${alias} is also an alias of ${prior.id} (an alias belongs to one advisory; remove it or withdraw the duplicate)`,
          });
        }
        if (!prior || prior.withdrawn) owner.set(alias, { id: a.id, withdrawn });
      });
    }
  }
}

export function checkAgainstSite(corpus: Corpus, problems: Problem[]): void {
  const site = corpus.siteFacts;
  const packages = site.packages?.map((p) => p.name);
  const components = site.components ? new Set(site.components) : undefined;
  for (const a of corpus.advisoryFacts) {
    (a.data.affected ?? []).forEach((p, i) => {
      if (packages && !packages.includes(p.package)) {
        problems.push({
          file: a.file,
          field: `affected[${i}].package`,
          message: `found "${p.package}", want one of ${packages.join(' | ')} (add it to packages in site.yaml or correct the name)`,
        });
      }
    });
    (a.data.components ?? []).forEach((c, i) => {
      if (components && !components.has(c)) {
        problems.push({
          file: a.file,
          field: `components[${i}]`,
          message: `"${c}" is not a component in site.yaml (add it to components there or use one of ${[...components].join(', ') || 'none listed'})`,
        });
      }
    });
  }
  if (site.policy_page && !corpus.pages.some((p) => p.id === site.policy_page)) {
    problems.push({
      file: displayPath(path.join(corpus.dir, 'site.yaml')),
      field: 'policy_page',
      message: `"${site.policy_page}" is not a page in pages/ (create pages/${site.policy_page}.mdx or correct the slug)`,
    });
  }
}

export function checkFixedReleases(corpus: Corpus, problems: Problem[]): void {
  // A fixed version counts in its own package's line (a branch naming it, or one every package shares).
  const listed = (pkg: string, version: string) =>
    corpus.branchFacts.some((b) => (b.package === undefined || b.package === pkg) && (b.releases ?? []).some((r) => r.version === version));
  for (const a of corpus.advisoryFacts) {
    (a.data.affected ?? []).forEach((p, i) =>
      p.ranges.forEach((r, j) => {
        if (r.fixed && !listed(p.package, r.fixed)) {
          problems.push({
            file: a.file,
            field: `affected[${i}].ranges[${j}].fixed`,
            message: `${r.fixed} is not a release in releases.yaml (add it there or correct the version)`,
          });
        }
      }),
    );
  }
}

export function checkReleases(corpus: Corpus, problems: Problem[]): void {
  const file = displayPath(path.join(corpus.dir, 'releases.yaml'));
  // Each package's line on its own: ws 5.2 and actionpack 5.2 are two branches, and each line is newest first.
  const versions = new Map<string, string>();
  const branches = new Set<string>();
  const line = (b: Partial<Branch>) => b.package ?? '';
  corpus.branchFacts.forEach((b, i) => {
    if (b.branch === undefined) return;
    const key = `${line(b)}\0${b.branch}`;
    if (branches.has(key)) {
      problems.push({ file, field: `[${i}].branch`, message: `"${b.branch}"${b.package ? ` of ${b.package}` : ''} is listed twice (merge the two entries)` });
    }
    branches.add(key);
    const previous = corpus.branchFacts.slice(0, i).findLast((p) => line(p) === line(b));
    if (previous?.branch && semver.gt(`${b.branch}.0`, `${previous.branch}.0`)) {
      problems.push({ file, field: `[${i}].branch`, message: `"${b.branch}" comes after older "${previous.branch}" (list branches newest first)` });
    }
    (b.releases ?? []).forEach((r, j) => {
      const where = versions.get(`${line(b)}\0${r.version}`);
      if (where) {
        problems.push({ file, field: `[${i}].releases[${j}].version`, message: `${r.version} is listed twice, also at ${where} (remove the repeat)` });
      } else versions.set(`${line(b)}\0${r.version}`, `[${i}].releases[${j}]`);
    });
  });
}

export function checkAnnouncements(corpus: Corpus, problems: Problem[]): void {
  const settings = corpus.siteFacts.security_releases;
  if (!settings) return;
  const { months, notice_days } = settings;
  const branches = new Set(corpus.branchFacts.map((b) => b.branch));
  for (const n of corpus.announcements) {
    const { published, release_date } = n.data;
    const scheduled = months.includes(release_date.getUTCMonth() + 1);
    const earliest = addDuration(published, { days: notice_days });
    if (!scheduled && release_date < earliest) {
      const days = differenceInCalendarDays(release_date, published);
      problems.push({
        file: n.file,
        field: 'release_date',
        message: `${isoDate(release_date)} is an unscheduled release announced ${isoInstant(published)}, ${days} days ahead; want at least ${notice_days} days' notice, ${notice_days - days} days short (move the release to ${isoDate(earliest)} or later, or announce earlier)`,
      });
    }
    n.data.branches.forEach((b, i) => {
      if (!branches.has(b)) {
        problems.push({ file: n.file, field: `branches[${i}]`, message: `"${b}" is not a branch in releases.yaml (add it there or correct it)` });
      }
    });
  }
}
