/**
 * The browser half of the advisory list filters: shows the form, applies the URL's filter state
 * to the rows, and keeps the URL in step with the controls. Rows and year sections are hidden,
 * never removed, so clearing the filters restores the page exactly.
 */
import { FILTER_KEYS, type FilterState, filterQuery, matches, parseFilters, readFacets } from '../view/list-filters.ts';

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
  if (statusLine) statusLine.textContent = filtered ? `Showing ${visible} of ${rows.length} advisories.` : `Showing all ${rows.length} advisories.`;
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
