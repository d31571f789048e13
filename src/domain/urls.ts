/**
 * Every URL the site publishes, in one place (the URL contract; ARCHITECTURE.md lists them). Paths end with a
 * slash; `absolute` turns a path into a canonical URL for feeds, exports and link tags.
 */
export const paths = {
  home: () => '/',
  advisories: () => '/advisories/',
  /** Page n of the advisory list; page 1 is the list itself. */
  advisoriesPage: (n: number) => (n <= 1 ? '/advisories/' : `/advisories/page/${n}/`),
  advisory: (id: string) => `/advisories/${encodeURIComponent(id)}/`,
  osv: (id: string) => `/osv/${encodeURIComponent(id)}.json`,
  osvAll: () => '/osv/all.json',
  feed: (format: 'rss' | 'atom' | 'json') => (format === 'json' ? '/feeds/feed.json' : `/feeds/${format}.xml`),
  supportedVersions: () => '/supported-versions/',
  releasesApi: () => '/api/releases.json',
  page: (slug: string) => `/${encodeURIComponent(slug)}/`,
  securityTxt: () => '/.well-known/security.txt',
  search: () => '/search/',
  /** "Am I affected?" and the JSON it runs on. */
  check: () => '/check/',
  affectedApi: () => '/api/affected.json',
  /** One release branch: the advisories affecting it and its support status. */
  branch: (branch: string) => `/versions/${encodeURIComponent(branch)}/`,
  /** Redirects from an alias to the advisory carrying it. */
  cve: (id: string) => `/cve/${encodeURIComponent(id)}/`,
  ghsa: (id: string) => `/ghsa/${encodeURIComponent(id)}/`,
  /** Pagefind's bundle, written after the build. */
  pagefind: () => '/pagefind/',
  /** Feeds narrowed to one component or one release branch, beside the site-wide ones. */
  scopedFeed: (scope: FeedScope, format: FeedFormat) =>
    scope.kind === 'site' ? paths.feed(format) : `/feeds/${scope.kind}/${encodeURIComponent(scope.name)}/${FEED_FILES[format]}`,
  acknowledgments: () => '/acknowledgments/',
  csafProviderMetadata: () => '/.well-known/csaf/provider-metadata.json',
  /** The TLP:WHITE folder of the CSAF directory distribution, or one year's folder in it. */
  csafFolder: (year?: number) => (year === undefined ? '/.well-known/csaf/white/' : `/.well-known/csaf/white/${year}/`),
  /** CSAF file names are the lower-cased tracking id (CSAF 2.0, 5.1). */
  csafDocument: (id: string, year: number) => `/.well-known/csaf/white/${year}/${encodeURIComponent(id.toLowerCase())}.json`,
  responseTimes: () => '/response-times/',
  securityReleases: () => '/security-releases/',
  /** One pre-announcement of a security release, named by its file name. */
  announcement: (slug: string) => `/security-releases/${encodeURIComponent(slug)}/`,
  securityCalendar: () => '/security-releases.ics',
  announcementFeed: (format: FeedFormat) => `/feeds/security-releases/${FEED_FILES[format]}`,
};

export type FeedFormat = 'rss' | 'atom' | 'json';
export type FeedScope =
  | { kind: 'site' }
  | { kind: 'component'; name: string }
  /** `name` is the branch's id (branchId); `package` is set for a package's own line. */
  | { kind: 'branch'; name: string; branch: string; package?: string };
export const FEED_FILES: Record<FeedFormat, string> = { rss: 'rss.xml', atom: 'atom.xml', json: 'feed.json' };

export function absolute(origin: string | URL, path: string): string {
  return new URL(path, origin).href;
}

/** External identifier pages. */
export const external = {
  cve: (id: string) => `https://www.cve.org/CVERecord?id=${encodeURIComponent(id)}`,
  ghsa: (id: string) => `https://github.com/advisories/${encodeURIComponent(id)}`,
  cwe: (id: string) => `https://cwe.mitre.org/data/definitions/${id.replace(/^CWE-/, '')}.html`,
};

/**
 * A branch's key in URLs and feed names: its name (`5.2`) when every package shares the line, else
 * the package as a slug before it (`ws-5.2`, `org-springframework-spring-core-5.2`), so unrelated
 * packages' "5.2" lines get pages of their own.
 */
export function branchId(branch: { branch: string; package?: string }): string {
  if (branch.package === undefined) return branch.branch;
  const slug = branch.package.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug}-${branch.branch}`;
}

/** The feed scope of one branch, keyed by its id. */
export function branchScope(branch: { id: string; branch: string; package?: string }): FeedScope {
  return { kind: 'branch', name: branch.id, branch: branch.branch, ...(branch.package === undefined ? {} : { package: branch.package }) };
}

/** How a branch is named in text: `5.2`, or `ws 5.2` for a package's own line. */
export function branchLabel(branch: { branch: string; package?: string }): string {
  return branch.package === undefined ? branch.branch : `${branch.package} ${branch.branch}`;
}
