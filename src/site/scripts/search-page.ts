/**
 * The browser half of /search/: loads Pagefind's bundle on demand, runs the query and filters
 * from the URL, and lists the results, a batch at a time with a button for the next batch, so
 * every result can be reached. Each advisory result shows its id, severity and date from the
 * index's metadata (src/site/view/search-meta.ts). Excerpts are Pagefind's own, built from the
 * advisory's text, with <mark> around the matches; everything else is set as text.
 */
interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(term: string, o?: { filters?: Record<string, string> }): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
}

export {};

/** Results shown at once; "Show more" adds the next batch. */
const BATCH = 20;
const form = document.querySelector<HTMLFormElement>('#search-form');
const input = document.querySelector<HTMLInputElement>('#search-q');
const statusLine = document.querySelector<HTMLElement>('#search-status');
const list = document.querySelector<HTMLElement>('#search-results');
const more = document.querySelector<HTMLButtonElement>('#search-more');
const fieldset = document.querySelector<HTMLFieldSetElement>('#search-filters');
const selects = [...(form?.querySelectorAll<HTMLSelectElement>('select') ?? [])];

let pagefind: Promise<Pagefind> | undefined;
function load(): Promise<Pagefind> {
  const bundle = form?.dataset.bundle ?? '/pagefind/';
  // Pagefind's bundle exists only after the build, so the bundler leaves this import to the
  // browser. A plain import() of a file of the site's own is what a Content Security Policy of
  // script-src 'self' allows; Pagefind then needs 'wasm-unsafe-eval' for its WebAssembly.
  pagefind ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
    await pf.options({ baseUrl: '/' });
    return pf;
  });
  return pagefind;
}

function filters(): Record<string, string> {
  return Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
}

type Result = { data(): Promise<PagefindResultData> };
let latest = 0;
let results: Result[] = [];
let described = '';

function describe() {
  if (!statusLine || !list || !more) return;
  const n = results.length;
  const shown = list.children.length;
  statusLine.textContent = `${n} ${n === 1 ? 'page matches' : 'pages match'}${described}${n > shown ? `; showing the first ${shown}` : ''}.`;
  more.hidden = shown >= n;
  if (!more.hidden) more.textContent = `Show ${Math.min(BATCH, n - shown)} more`;
}

/** Appends the next batch of results; `ticket` drops a batch that a newer search overtook. */
async function showMore(ticket: number) {
  if (!list) return;
  const next = results.slice(list.children.length, list.children.length + BATCH);
  const data = await Promise.all(next.map((r) => r.data()));
  if (ticket !== latest) return;
  list.append(...data.map(item));
  describe();
}

async function run() {
  if (!statusLine || !list || !input) return;
  const term = input.value.trim();
  const chosen = filters();
  const ticket = ++latest;
  if (more) more.hidden = true;
  if (term === '' && Object.keys(chosen).length === 0) {
    statusLine.textContent = 'Enter a word or an identifier to search.';
    list.replaceChildren();
    return;
  }
  statusLine.textContent = 'Searching…';
  try {
    const pf = await load();
    // An empty term with filters lists everything the filters allow (Pagefind's null search).
    const search = await pf.search(term === '' ? (null as unknown as string) : term, { filters: chosen });
    if (ticket !== latest) return;
    results = search.results;
    described = term ? ` “${term}”` : '';
    list.replaceChildren();
    if (results.length === 0) {
      statusLine.textContent = `Nothing matches “${term}”.`;
      return;
    }
    await showMore(ticket);
  } catch (error) {
    statusLine.textContent = `Search could not load (${(error as Error).message}). The list of advisories shows every advisory.`;
  }
}

function item(d: PagefindResultData): HTMLLIElement {
  const li = document.createElement('li');
  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = d.url;
  link.textContent = d.meta.id ? `${d.meta.id}: ${d.meta.title ?? ''}` : (d.meta.title ?? d.url);
  heading.append(link);
  li.append(heading);
  // Advisories carry their severity and date; policy pages have neither.
  const facts = [d.meta.severity && `Severity ${d.meta.severity}`, d.meta.published && `published ${d.meta.published}`, d.meta.status].filter(Boolean);
  if (facts.length > 0) {
    const line = document.createElement('p');
    line.className = 'result-facts';
    line.textContent = facts.join(' · ');
    li.append(line);
  }
  const excerpt = document.createElement('p');
  excerpt.className = 'meta';
  excerpt.innerHTML = d.excerpt;
  li.append(excerpt);
  return li;
}

function syncUrl() {
  const url = new URL(location.href);
  url.search = '';
  if (input?.value.trim()) url.searchParams.set('q', input.value.trim());
  for (const [k, v] of Object.entries(filters())) url.searchParams.set(k, v);
  history.replaceState(null, '', url);
}

if (form && input) {
  if (fieldset) fieldset.hidden = false;
  const query = new URLSearchParams(location.search);
  input.value = query.get('q') ?? '';
  for (const s of selects) {
    const wanted = query.get(s.name) ?? '';
    s.value = [...s.options].some((o) => o.value === wanted) ? wanted : '';
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    syncUrl();
    void run();
  });
  more?.addEventListener('click', () => {
    const count = list?.children.length ?? 0;
    void showMore(latest).then(() => (list?.children[count]?.querySelector('a') as HTMLElement | null)?.focus());
  });
  form.addEventListener('change', () => {
    syncUrl();
    void run();
  });
  if (input.value || Object.keys(filters()).length > 0) void run();
}
