// Each ecosystem's own version ordering: the cases come from each ecosystem's documentation
// (Maven's from maven-artifact's ComparableVersion tests, checked against Maven 3.8's jar).
import { describe, expect, it } from 'vitest';
import { ECOSYSTEMS, orderingOf } from '../../src/domain/ecosystems.ts';

/** Every later version of the list is greater than every earlier one. */
function expectAscending(ecosystem: string, list: string[]) {
  const o = orderingOf(ecosystem)!;
  for (const v of list) expect(o.valid(v), `${ecosystem} ${v} valid`).toBe(true);
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      expect(Math.sign(o.compare(list[i]!, list[j]!)), `${list[i]} < ${list[j]}`).toBe(-1);
      expect(Math.sign(o.compare(list[j]!, list[i]!)), `${list[j]} > ${list[i]}`).toBe(1);
    }
  }
}

describe('Maven (ComparableVersion)', () => {
  it('orders qualifiers as Maven does', () => {
    expectAscending('Maven', ['1-alpha2snapshot', '1-alpha2', '1-alpha-123', '1-beta-2', '1-beta123', '1-m2', '1-m11', '1-rc', '1-cr2', '1-rc123', '1-SNAPSHOT', '1', '1-sp', '1-sp2', '1-sp123', '1-abc', '1-def', '1-pom-1', '1-1-snapshot', '1-1', '1-2', '1-123']);
  });
  it('orders numbers as Maven does', () => {
    expectAscending('Maven', ['2.0', '2.0.a', '2-1', '2.0.2', '2.0.123', '2.1.0', '2.1-a', '2.1b', '2.1-c', '2.1-1', '2.1.0.1', '2.2', '2.123', '11.a2', '11.a11', '11.b2', '11.b11', '11.m2', '11.m11', '11', '11.a', '11b', '11c', '11m']);
  });
  it('treats release words and trailing zeros as nothing', () => {
    const o = ECOSYSTEMS.Maven!;
    for (const [a, b] of [['1', '1.0'], ['1', '1.0.0'], ['1', '1-ga'], ['1', '1.final'], ['1', '1-release'], ['1-cr1', '1-rc1'], ['2.0.a', '2.0.0.a'], ['5.2.20.RELEASE', '5.2.20']]) {
      expect(o.compare(a!, b!), `${a} = ${b}`).toBe(0);
    }
  });
  it('knows Spring and Log4j spellings, lines and pre-releases', () => {
    expectAscending('Maven', ['5.2.19.RELEASE', '5.2.20.RELEASE', '5.3.0-M1', '5.3.0-RC1', '5.3.0']);
    expectAscending('Maven', ['2.17.0-beta9', '2.17.0', '2.17.1']);
    const o = ECOSYSTEMS.Maven!;
    expect(o.line('5.2.20.RELEASE')).toBe('5.2');
    expect(o.prerelease('5.3.0-M1')).toBe(true);
    expect(o.prerelease('5.3.0-SNAPSHOT')).toBe(true);
    expect(o.prerelease('5.2.20.RELEASE')).toBe(false);
    expect(o.prerelease('1.0-sp1')).toBe(false);
  });
});

describe('Packagist (Composer)', () => {
  it('orders dev < alpha < beta < RC < stable < patch, with four-part versions', () => {
    expectAscending('Packagist', ['4.4.12', '4.4.12.1', '4.4.13', '5.0.0-dev', '5.0.0-alpha', '5.0.0-alpha2', '5.0.0-beta.1', '5.0.0-beta2', '5.0.0-RC1', '5.0.0-rc2', '5.0.0', '5.0.0-patch1', '5.0.1']);
    const o = ECOSYSTEMS.Packagist!;
    expect(o.line('4.4.12.1')).toBe('4.4');
    expect(o.prerelease('5.0.0-RC1')).toBe(true);
    expect(o.prerelease('5.0.0-patch1')).toBe(false);
    for (const v of ['5.2', 'v1.0.0', '1.0.0-foo', '']) expect(o.valid(v), v).toBe(false);
  });
});

describe('semver ecosystems', () => {
  it('npm and crates.io are strict semver', () => {
    for (const e of ['npm', 'crates.io']) {
      expectAscending(e, ['1.0.0-alpha', '1.0.0-alpha.1', '1.0.0-beta', '1.0.0-rc.1', '1.0.0', '5.2.4', '10.0.0']);
      expect(ECOSYSTEMS[e]!.valid('v1.0.0')).toBe(false);
      expect(ECOSYSTEMS[e]!.valid('1.0')).toBe(false);
    }
  });
  it('Go takes semver as OSV spells it, a leading v ignored, pseudo-versions as pre-releases', () => {
    expectAscending('Go', ['0.0.0-20210101000000-abcdefabcdef', '0.1.0', '1.2.3', 'v1.2.4', '1.10.0']);
    expect(ECOSYSTEMS.Go!.compare('v1.2.3', '1.2.3')).toBe(0);
    expect(ECOSYSTEMS.Go!.valid('1.2')).toBe(false);
    expect(ECOSYSTEMS.Go!.line('v1.10.2')).toBe('1.10');
  });
});

describe('PyPI (PEP 440) and RubyGems', () => {
  it('orders PEP 440 versions', () => {
    expectAscending('PyPI', ['1.0.dev1', '1.0a1', '1.0b2', '1.0rc1', '1.0', '1.0.post1', '1.1', '2.0b1', '2.0', '1!0.1']);
    const o = ECOSYSTEMS.PyPI!;
    expect(o.prerelease('2.0b1')).toBe(true);
    expect(o.prerelease('1.0.post1')).toBe(false);
    expect(o.line('2.0b1')).toBe('2.0');
    expect(o.line('3')).toBe('3.0');
    expect(o.valid('not a version')).toBe(false);
  });
  it('orders Gem versions', () => {
    expectAscending('RubyGems', ['5.2.8', '5.2.8.1', '5.2.8.15', '6.0.0.beta1', '6.0.0.rc1', '6.0.0', '6.0.0.1']);
    const o = ECOSYSTEMS.RubyGems!;
    expect(o.prerelease('6.0.0.rc1')).toBe(true);
    expect(o.line('5.2.8.15')).toBe('5.2');
  });
});

describe('an ecosystem with no ordering', () => {
  it('has none, rather than semver by default', () => {
    expect(orderingOf('Debian:12')).toBeUndefined();
    expect(orderingOf('constructor')).toBeUndefined();
  });
});
