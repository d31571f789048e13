/**
 * The browser half of the advisory list filters: shows the form, applies the URL's filter state
 * to the rows, and keeps the URL in step with the controls. Rows and year sections are hidden,
 * never removed, so clearing the filters restores the page exactly.
 */
import { FILTER_KEYS, type FilterState, filterQuery, matches, parseFilters, readFacets } from '../view/list-filters.ts';
import { type FeedFormat, paths } from '../../domain/urls.ts';
import { FEED_NAMES, FEED_TYPES } from '../view/feed-links.ts';

const form = document.querySelector<HTMLFormElement>('#list-filters');
const statusLine = document.querySelector<HTMLElement>('#list-filters-status');
const rows = [...document.querySelectorAll<HTMLElement>('.advisory-list > li')].map((row) => ({ row, facets: readFacets(row.dataset) }));
const groups = [...document.querySelectorAll<HTMLElement>('[data-year-group]')];

function controls(): Map<string, HTMLSelectElement> {
  return new Map(FILTER_KEYS.flatMap((key) => {
    const select = form?.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
    return select ? [[key, select] as const] : [];
  }));
}

function apply(state: FilterState) {
  let visible = 0;
  for (const { row, facets } of rows) {
    row.hidden = !matches(facets, state);
    if (!row.hidden) visible += 1;
  }
  for (const group of groups) group.hidden = !group.querySelector('.advisory-list > li:not([hidden])');
  const filtered = Object.keys(state).length > 0;
  componentFeeds(state.component);
  if (statusLine) statusLine.textContent = filtered ? `Showing ${visible} of ${rows.length} advisories.` : `Showing all ${rows.length} advisories.`;
}

const feedLine = document.querySelector<HTMLElement>('#list-filters-feed');
const FORMATS = Object.keys(FEED_NAMES) as FeedFormat[];

/** A chosen component has feeds of its own (every component a choice offers has advisories): link them, visibly and for autodiscovery. */
function componentFeeds(component: string | undefined) {
  for (const old of document.querySelectorAll('link[data-filter-feed]')) old.remove();
  if (!feedLine) return;
  feedLine.hidden = !component;
  if (!component) return feedLine.replaceChildren();
  const scope = { kind: 'component' as const, name: component };
  const links = FORMATS.map((f) => {
    const a = document.createElement('a');
    a.href = paths.scopedFeed(scope, f);
    a.type = FEED_TYPES[f];
    a.textContent = FEED_NAMES[f];
    const alt = document.createElement('link');
    Object.assign(alt, { rel: 'alternate', type: FEED_TYPES[f], href: a.href, title: `Component ${component} (${FEED_NAMES[f]})` });
    alt.dataset.filterFeed = '';
    document.head.append(alt);
    return a;
  });
  feedLine.replaceChildren(`Follow new advisories for the ${component} component: `, ...links.flatMap((a, i) => (i > 0 ? [', ', a] : [a])), '.');
}

function stateFromControls(): FilterState {
  const state: FilterState = {};
  for (const [key, select] of controls()) if (select.value) state[key as keyof FilterState] = select.value;
  return state;
}

if (form) {
  form.hidden = false;
  const initial = parseFilters(new URLSearchParams(location.search));
  for (const [key, select] of controls()) {
    const wanted = initial[key as keyof FilterState];
    // A value from a shared link that no option offers is dropped rather than matching nothing silently.
    select.value = wanted && [...select.options].some((o) => o.value === wanted) ? wanted : '';
  }
  const update = () => {
    const state = stateFromControls();
    history.replaceState(null, '', `${location.pathname}${filterQuery(state)}${location.hash}`);
    apply(state);
  };
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  // "reset" fires before the controls change; read them once they have.
  form.addEventListener('reset', () => setTimeout(update));
  apply(stateFromControls());
}
