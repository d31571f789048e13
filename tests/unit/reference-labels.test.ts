// Each reference gets a label saying what it is and what it points at, never a bare URL.
import { describe, expect, it } from 'vitest';
import { referenceLabel } from '../../src/domain/reference-labels.ts';
import type { ReferenceType } from '../../src/domain/model.ts';

const label = (url: string, type: ReferenceType = 'web') => referenceLabel({ type, url });

describe('reference labels', () => {
  it('names advisories and CVE records by their identifier and where they are', () => {
    expect(label('https://github.com/mautic/mautic/security/advisories/GHSA-73gr-32wg-qhh7', 'advisory')).toBe('GitHub advisory GHSA-73gr-32wg-qhh7 in mautic/mautic');
    expect(label('https://github.com/advisories/GHSA-CQX4-9VQF-Q3M8')).toBe('GitHub advisory GHSA-cqx4-9vqf-q3m8');
    expect(label('https://nvd.nist.gov/vuln/detail/CVE-2024-47050', 'advisory')).toBe('CVE-2024-47050 at NVD');
    expect(label('https://www.cve.org/CVERecord?id=CVE-2024-47050', 'advisory')).toBe('CVE-2024-47050 at cve.org');
    expect(label('https://cwe.mitre.org/data/definitions/287.html')).toBe('Weakness CWE-287 at MITRE');
    expect(label('https://github.com/FriendsOfPHP/security-advisories/blob/master/mautic/core/CVE-2020-35124.yaml')).toBe('CVE-2020-35124 record in FriendsOfPHP/security-advisories');
  });

  it('names commits, pull requests, issues and releases with their repository', () => {
    expect(label('https://github.com/mautic/mautic/commit/0f21a3aa9c896788e1986fae0d7f166fc7a14c30', 'fix')).toBe('Fix commit 0f21a3a in mautic/mautic');
    expect(label('https://github.com/mautic/mautic/commit/0f21a3aa9c896788e1986fae0d7f166fc7a14c30', 'introduced')).toBe('Commit 0f21a3a in mautic/mautic');
    expect(label('https://github.com/mautic/mautic/pull/2311', 'fix')).toBe('Fix: pull request #2311 in mautic/mautic');
    expect(label('https://github.com/mautic/mautic/pull/2311/commits/f9e7981f4acf0d37fd935c9b9d5d09d7e1a49bc6', 'fix')).toBe('Fix: pull request #2311, commit f9e7981 in mautic/mautic');
    expect(label('https://github.com/mautic/mautic/issues/3486', 'report')).toBe('Issue #3486 in mautic/mautic');
    expect(label('https://github.com/mautic/mautic/releases/tag/5.2.10')).toBe('Release 5.2.10 of mautic/mautic');
    expect(label('https://github.com/mautic/mautic', 'package')).toBe('Repository mautic/mautic on GitHub');
  });

  it('names package registries, a bare registry address included', () => {
    expect(label('https://packagist.org/packages/mautic/core', 'package')).toBe('Packagist: mautic/core');
    expect(label('https://packagist.org')).toBe('Packagist, the PHP package registry');
    expect(label('https://www.npmjs.com/package/@scope/name', 'package')).toBe('npm: @scope/name');
  });

  it('gives any other page its kind, site and path, shortening a long path', () => {
    expect(label('https://www.horizon3.ai/disclosures/mautic-unauth-xss-to-rce', 'article')).toBe('Article at horizon3.ai/disclosures/mautic-unauth-xss-to-rce');
    expect(label('https://forum.mautic.org/t/security-release-for-all-versions-of-mautic-prior-to-2-16-5-and-3-2-4/17786')).toBe(
      'Page at forum.mautic.org/t/security-release-for-…16-5-and-3-2-4/17786',
    );
    expect(label('https://example.org/', 'evidence')).toBe('Evidence at example.org');
  });
});
