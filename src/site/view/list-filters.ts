/**
 * Filters for the advisory list: the facets each row carries (as data attributes), the choices
 * the controls offer, and the URL query that holds a filtered view
 * (`?severity=high&year=2024&component=api&package=mautic/core&withdrawn=no`). Pure, so the
 * page's script and the tests share it.
 */
export const FILTER_KEYS = ['severity', 'year', 'component', 'package', 'withdrawn'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type FilterState = Partial<Record<FilterKey, string>>;

export interface Facets {
  /** URL form of the headline severity: "moderately-critical". */
  severity: string;
  severityLabel: string;
  /** Headline rank, to order the severity choices from highest down. */
  rank: number;
  year: string;
  components: string[];
  packages: string[];
  withdrawn: 'yes' | 'no';
}

export interface FacetSource {
  withdrawn: boolean;
  headline: { label: string; rank: number };
  data: { published: Date; components: string[]; affected: { package: string }[] };
}

export const slug = (label: string) => label.toLowerCase().replace(/\s+/g, '-');

export function listFacets(a: FacetSource): Facets {
  return {
    severity: slug(a.headline.label),
    severityLabel: a.headline.label,
    rank: a.headline.rank,
    year: String(a.data.published.getUTCFullYear()),
    components: a.data.components,
    packages: a.data.affected.map((p) => p.package),
    withdrawn: a.withdrawn ? 'yes' : 'no',
  };
}

export interface Choice {
  value: string;
  label: string;
}

/** The values each control offers: only those some advisory has, so no choice is always empty. */
export function filterChoices(all: readonly Facets[]): Record<FilterKey, Choice[]> {
  const distinct = (values: string[]) => [...new Set(values)];
  const severities = new Map(all.map((f) => [f.severity, f] as const));
  return {
    severity: [...severities.values()].sort((a, b) => b.rank - a.rank).map((f) => ({ value: f.severity, label: f.severityLabel })),
    year: distinct(all.map((f) => f.year)).sort().reverse().map((y) => ({ value: y, label: y })),
    component: distinct(all.flatMap((f) => f.components)).sort().map((c) => ({ value: c, label: c })),
    package: distinct(all.flatMap((f) => f.packages)).sort().map((p) => ({ value: p, label: p })),
    withdrawn: [
      { value: 'no', label: 'In force only' },
      { value: 'yes', label: 'Withdrawn only' },
    ],
  };
}

/** Reads the filter state from a query string; unknown keys and empty values are ignored. */
export function parseFilters(query: URLSearchParams): FilterState {
  const state: FilterState = {};
  for (const key of FILTER_KEYS) {
    const value = query.get(key)?.trim();
    if (value) state[key] = value;
  }
  return state;
}

/** The query string for a state, in a fixed key order so equal views give equal links. */
export function filterQuery(state: FilterState): string {
  const query = new URLSearchParams();
  for (const key of FILTER_KEYS) if (state[key]) query.set(key, state[key]!);
  const text = query.toString();
  return text ? `?${text}` : '';
}

export function matches(f: Facets, state: FilterState): boolean {
  return (
    (!state.severity || f.severity === state.severity) &&
    (!state.year || f.year === state.year) &&
    (!state.component || f.components.includes(state.component)) &&
    (!state.package || f.packages.includes(state.package)) &&
    (!state.withdrawn || f.withdrawn === state.withdrawn)
  );
}

/** Data attributes that carry a row's facets into the page; `readFacets` reads them back. */
export function facetAttributes(f: Facets): Record<string, string> {
  return {
    'data-severity': f.severity,
    'data-year': f.year,
    'data-components': f.components.join(' '),
    'data-packages': f.packages.join(' '),
    'data-withdrawn': f.withdrawn,
  };
}

export function readFacets(d: DOMStringMap): Facets {
  const words = (v?: string) => (v ? v.split(' ') : []);
  return {
    severity: d.severity ?? '',
    severityLabel: '',
    rank: 0,
    year: d.year ?? '',
    components: words(d.components),
    packages: words(d.packages),
    withdrawn: d.withdrawn === 'yes' ? 'yes' : 'no',
  };
}
