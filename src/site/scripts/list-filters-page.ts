/**
 * The browser half of the advisory list filters: shows the form, applies the URL's filter state
 * to the rows, keeps the URL in step with the controls, and makes each year's count follow the
 * filters. On a list of several pages, the first filter fetches the other pages and takes in
 * their rows (hidden until a filter matches them), so filters cover every advisory, not only
 * this page's. Rows and year sections are hidden, never removed, so clearing the filters
 * restores the page exactly.
 */
import { FILTER_KEYS, type Facets, type FilterState, filterQuery, matches, parseFilters, readFacets } from '../view/list-filters.ts';
import { type FeedFormat, paths } from '../../domain/urls.ts';
import { FEED_NAMES, FEED_TYPES } from '../view/feed-links.ts';

const form = document.querySelector<HTMLFormElement>('#list-filters');
const statusLine = document.querySelector<HTMLElement>('#list-filters-status');
const list = document.querySelector<HTMLElement>('#advisory-years');
/** The other pages of a paged list, from the pager (none for a one-page list). */
const otherPages = [...document.querySelectorAll<HTMLAnchorElement>('.pager a:not([aria-current])')].map((a) => a.href);

interface Row {
  row: HTMLElement;
  facets: Facets;
  /** Taken in from another page: shown only while a filter is active. */
  imported: boolean;
}
let rows: Row[] = [];
const readRows = () => {
  rows = [...document.querySelectorAll<HTMLElement>('.advisory-list > li')].map((row) => ({ row, facets: readFacets(row.dataset), imported: row.dataset.imported === '' }));
};
readRows();
const groups = () => [...document.querySelectorAll<HTMLElement>('[data-year-group]')];

let everyPage: Promise<void> | undefined;
/** Fetches the other pages once and merges their rows into this page's year sections, newest year first. */
function loadEveryPage(): Promise<void> {
  everyPage ??= Promise.all(otherPages.map((url) => fetch(url).then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${url}: ${r.status}`))))))
    .then((pages) => {
      for (const html of pages) {
        const doc = new DOMParser().parseFromString(html, 'text/html');
        for (const section of doc.querySelectorAll<HTMLElement>('[data-year-group]')) {
          const year = section.dataset.year ?? '';
          const imported = [...section.querySelectorAll<HTMLElement>('.advisory-list > li')];
          for (const li of imported) li.dataset.imported = '';
          const mine = document.querySelector<HTMLElement>(`[data-year-group][data-year="${year}"] .advisory-list`);
          if (mine) {
            mine.append(...imported.map((li) => document.importNode(li, true)));
            continue;
          }
          const copy = document.importNode(section, true);
          copy.dataset.imported = '';
          const later = groups().find((g) => Number(g.dataset.year) < Number(year));
          if (later) later.before(copy);
          else list?.append(copy);
        }
      }
      readRows();
    });
  return everyPage;
}

function controls(): Map<string, HTMLSelectElement> {
  return new Map(FILTER_KEYS.flatMap((key) => {
    const select = form?.querySelector<HTMLSelectElement>(`select[name="${key}"]`);
    return select ? [[key, select] as const] : [];
  }));
}

/** Each year's heading counts what is shown under it: "(3 of 12)" under a filter, "(12)" without. */
function countYears(filtered: boolean) {
  for (const group of groups()) {
    const count = group.querySelector<HTMLElement>('[data-year-count]');
    if (!count) continue;
    const all = group.querySelectorAll('.advisory-list > li').length;
    const own = group.querySelectorAll('.advisory-list > li:not([data-imported])').length;
    const shown = group.querySelectorAll('.advisory-list > li:not([hidden])').length;
    count.textContent = filtered ? `(${shown} of ${all})` : `(${own})`;
  }
}

function apply(state: FilterState) {
  const filtered = Object.keys(state).length > 0;
  let visible = 0;
  for (const { row, facets, imported } of rows) {
    row.hidden = (imported && !filtered) || !matches(facets, state);
    if (!row.hidden) visible += 1;
  }
  for (const group of groups()) group.hidden = !group.querySelector('.advisory-list > li:not([hidden])');
  countYears(filtered);
  componentFeeds(state.component);
  const total = rows.filter((r) => filtered || !r.imported).length;
  const scope = otherPages.length > 0 ? (filtered ? ' on every page' : ' on this page') : '';
  if (statusLine) statusLine.textContent = filtered ? `Showing ${visible} of ${total} advisories${scope}.` : `Showing all ${total} advisories${scope}.`;
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

/** Applies the controls' state, first taking in the other pages if a filter needs them. */
async function update(writeUrl: boolean) {
  const state = stateFromControls();
  if (writeUrl) history.replaceState(null, '', `${location.pathname}${filterQuery(state)}${location.hash}`);
  if (Object.keys(state).length > 0 && otherPages.length > 0) {
    if (statusLine) statusLine.textContent = 'Loading the other pages of the list…';
    try {
      await loadEveryPage();
    } catch (error) {
      if (statusLine) statusLine.textContent = `The other pages could not load (${(error as Error).message}); filtering this page only.`;
    }
  }
  // A later change may have run meanwhile; always apply what the controls say now.
  apply(stateFromControls());
}

if (form) {
  form.hidden = false;
  const initial = parseFilters(new URLSearchParams(location.search));
  for (const [key, select] of controls()) {
    const wanted = initial[key as keyof FilterState];
    // A value from a shared link that no option offers is dropped rather than matching nothing silently.
    select.value = wanted && [...select.options].some((o) => o.value === wanted) ? wanted : '';
  }
  form.addEventListener('change', () => void update(true));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update(true);
  });
  // "reset" fires before the controls change; read them once they have.
  form.addEventListener('reset', () => setTimeout(() => void update(true)));
  void update(false);
}
