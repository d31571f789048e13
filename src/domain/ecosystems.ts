/**
 * How each OSV ecosystem orders its versions. Range validation, the visibility rule's release
 * lookups, branch derivation, support status, the version check and the exports all go through
 * these, so a PyPI `2.0b1` or a Maven `5.2.20.RELEASE` is never compared as semver by accident.
 * An ecosystem missing here has no reliable ordering: the checker reports it as such.
 *
 * - npm, crates.io: semver 2.0.0, strictly (`1.2.3`, `1.2.3-rc.1`), with the `semver` package.
 * - Go: semver as OSV spells Go versions (no `v`), pseudo-versions being semver pre-releases; a
 *   leading `v` is accepted and ignored, and nothing else is coerced (no partial versions).
 * - Packagist: Composer's versions: three or four numbers (`4.4.12`, `1.2.3.4`) and an optional
 *   stability suffix (`-dev`, `-alpha2`, `-beta.1`, `-RC1`, `-patch1`, case-insensitive), ordered
 *   dev < alpha < beta < RC < stable < patch, then by the suffix number.
 * - PyPI: PEP 440 with `@renovatebot/pep440` (`2.0b1`, `1.0.post1`, `1!2.0`).
 * - RubyGems: Gem::Version with `@renovatebot/ruby-semver` (`5.2.8.15`, `6.0.0.rc1`).
 * - Maven: maven-artifact's ComparableVersion (maven-version.ts).
 *
 * A version's line (its branch in releases.yaml) is its first two release numbers, `major.minor`.
 */
import semver from 'semver';
import * as pep440 from '@renovatebot/pep440';
import * as ruby from '@renovatebot/ruby-semver';
import { compareMaven, isMavenPrerelease } from './maven-version.ts';

export interface VersionOrdering {
  /** How the versions are written, for messages: "semantic version such as 5.2.3". */
  example: string;
  /** Written major.minor.patch like semver (Composer's fourth number aside), so readers know the shape. */
  semverLike: boolean;
  valid(version: string): boolean;
  /** Negative, zero or positive; only for versions that are `valid`. */
  compare(a: string, b: string): number;
  /** `major.minor`: the branch a version belongs to. */
  line(version: string): string;
  /** A pre-release, not meant for production. */
  prerelease(version: string): boolean;
  /** The first stable version of a `major.minor` line: `5.2.0`, or `5.2` where that is the same. */
  lineStart(line: string): string;
  /** The stable release a pre-release leads up to (`2.0.5-beta` → `2.0.5`); a stable version itself. */
  stable(version: string): string;
}

const twoNumbers = (numbers: readonly (number | string)[]) => `${Number(numbers[0] ?? 0)}.${Number(numbers[1] ?? 0)}`;

const strictSemver: VersionOrdering = {
  example: 'a semantic version such as 5.2.3 or 5.0.0-alpha (write all three numbers)',
  semverLike: true,
  valid: (v) => semver.valid(v, { loose: false }) === v,
  compare: (a, b) => semver.compare(a, b),
  line: (v) => twoNumbers([semver.major(v), semver.minor(v)]),
  prerelease: (v) => semver.prerelease(v) !== null,
  lineStart: (line) => `${line}.0`,
  stable: (v) => `${semver.major(v)}.${semver.minor(v)}.${semver.patch(v)}`,
};

const goBare = (v: string) => v.replace(/^v(?=\d)/, '');
const go: VersionOrdering = {
  example: 'a Go module version such as 1.2.3 (semver, as OSV spells it)',
  semverLike: true,
  valid: (v) => strictSemver.valid(goBare(v)),
  compare: (a, b) => semver.compare(goBare(a), goBare(b)),
  line: (v) => strictSemver.line(goBare(v)),
  prerelease: (v) => strictSemver.prerelease(goBare(v)),
  lineStart: (line) => `${line}.0`,
  stable: (v) => strictSemver.stable(goBare(v)),
};

const COMPOSER = /^(\d+)\.(\d+)\.(\d+)(?:\.(\d+))?(?:-(dev|alpha|a|beta|b|rc|patch|pl|p)\.?(\d+)?)?$/i;
const STABILITY: Record<string, number> = { dev: 0, alpha: 1, a: 1, beta: 2, b: 2, rc: 3, '': 4, patch: 5, pl: 5, p: 5 };
function composerKey(v: string): number[] {
  const m = COMPOSER.exec(v)!;
  return [Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4] ?? 0), STABILITY[(m[5] ?? '').toLowerCase()]!, Number(m[6] ?? 0)];
}
const packagist: VersionOrdering = {
  example: 'a Composer version such as 5.2.3, 1.2.3.4 or 5.0.0-RC1 (write at least three numbers)',
  semverLike: true,
  valid: (v) => COMPOSER.test(v),
  compare: (a, b) => {
    const [x, y] = [composerKey(a), composerKey(b)];
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
    return 0;
  },
  line: (v) => twoNumbers(composerKey(v)),
  prerelease: (v) => composerKey(v)[4]! < STABILITY['']!,
  lineStart: (line) => `${line}.0`,
  stable: (v) => (packagist.prerelease(v) ? composerKey(v).slice(0, COMPOSER.exec(v)![4] === undefined ? 3 : 4).join('.') : v),
};

const pypi: VersionOrdering = {
  example: 'a PEP 440 version such as 2.0.1, 2.0b1 or 1.0.post1',
  semverLike: false,
  valid: (v) => pep440.valid(v) !== null,
  compare: (a, b) => pep440.compare(a, b),
  line: (v) => twoNumbers(pep440.parse(v)!.release),
  prerelease: (v) => {
    const p = pep440.parse(v)!;
    return p.pre !== null || p.dev !== null;
  },
  lineStart: (line) => line,
  stable: (v) => {
    const p = pep440.parse(v)!;
    return p.pre !== null || p.dev !== null ? `${p.epoch ? `${p.epoch}!` : ''}${p.release.join('.')}` : v;
  },
};

const RUBY = /^\d+(\.[0-9A-Za-z]+)*(-[0-9A-Za-z.]+)?$/;
const rubygems: VersionOrdering = {
  example: 'a RubyGems version such as 5.2.8.15 or 6.0.0.rc1',
  semverLike: false,
  valid: (v) => RUBY.test(v) && ruby.valid(v) !== null,
  compare: (a, b) => (ruby.eq(a, b) ? 0 : ruby.lt(a, b) ? -1 : 1),
  line: (v) => twoNumbers(v.split(/[.-]/).filter((s) => /^\d+$/.test(s)).slice(0, 2)),
  prerelease: (v) => /[A-Za-z]/.test(v),
  lineStart: (line) => line,
  // Gem::Version#release: the segments before the first letter.
  stable: (v) => (/[A-Za-z]/.test(v) ? v.split(/[.-]/).slice(0, v.split(/[.-]/).findIndex((s) => /[A-Za-z]/.test(s))).join('.') || '0' : v),
};

const MAVEN = /^\d[0-9A-Za-z._+-]*$/;
const maven: VersionOrdering = {
  example: 'a Maven version such as 5.2.20.RELEASE, 2.17.1 or 3.0.0-M1',
  semverLike: false,
  valid: (v) => MAVEN.test(v),
  compare: compareMaven,
  line: (v) => twoNumbers(v.split(/[.-]/).map((s) => /^\d+/.exec(s)?.[0]).filter((s) => s !== undefined).slice(0, 2) as string[]),
  prerelease: isMavenPrerelease,
  lineStart: (line) => line,
  stable: (v) => (isMavenPrerelease(v) ? (/^\d+(\.\d+)*/.exec(v)?.[0] ?? v) : v),
};

/** The ecosystems Disclose can order, spelt as OSV spells them. */
export const ECOSYSTEMS: Record<string, VersionOrdering> = {
  Packagist: packagist,
  npm: strictSemver,
  'crates.io': strictSemver,
  Go: go,
  PyPI: pypi,
  RubyGems: rubygems,
  Maven: maven,
};

/** The ordering of an ecosystem, or undefined when it has none here. */
export function orderingOf(ecosystem: string | undefined): VersionOrdering | undefined {
  return ecosystem !== undefined && Object.hasOwn(ECOSYSTEMS, ecosystem) ? ECOSYSTEMS[ecosystem] : undefined;
}

/** The ordering used where no package is named: plain semver, as content format v1 began. */
export const DEFAULT_ORDERING = strictSemver;
