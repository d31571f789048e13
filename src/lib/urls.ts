/**
 * Every URL the site publishes, in one place (the URL contract in DESIGN.md). Paths end with a
 * slash; `absolute` turns a path into a canonical URL for feeds, exports and link tags.
 */
export const paths = {
  home: () => '/',
  advisories: () => '/advisories/',
  advisory: (id: string) => `/advisories/${encodeURIComponent(id)}/`,
  osv: (id: string) => `/osv/${encodeURIComponent(id)}.json`,
  osvAll: () => '/osv/all.json',
  feed: (format: 'rss' | 'atom' | 'json') => (format === 'json' ? '/feeds/feed.json' : `/feeds/${format}.xml`),
  supportedVersions: () => '/supported-versions/',
  releasesApi: () => '/api/releases.json',
  page: (slug: string) => `/${encodeURIComponent(slug)}/`,
  securityTxt: () => '/.well-known/security.txt',
  search: () => '/search/',
};

export function absolute(origin: string | URL, path: string): string {
  return new URL(path, origin).href;
}

/** External identifier pages. */
export const external = {
  cve: (id: string) => `https://www.cve.org/CVERecord?id=${encodeURIComponent(id)}`,
  ghsa: (id: string) => `https://github.com/advisories/${encodeURIComponent(id)}`,
  cwe: (id: string) => `https://cwe.mitre.org/data/definitions/${id.replace(/^CWE-/, '')}.html`,
};
