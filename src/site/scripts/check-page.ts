/**
 * The browser half of /check/: fetches /api/affected.json once, runs src/domain/version-check.ts
 * on the visitor's input and writes the answer (check-answers.ts builds it from text nodes). The
 * version lives in the URL (`?v=5.2.3`), so an answer is a link to share.
 */
import { checkVersion, type CheckData, type CheckResult } from '../../domain/version-check.ts';
import { el, findingsTable, moveBody, statusLine, stayBody, summary } from './check-answers.ts';

const $ = (id: string) => document.getElementById(id);
const form = $('check-form') as HTMLFormElement | null;
const input = $('check-version') as HTMLInputElement | null;
// Only on a site where each package has its own version line.
const packageSelect = $('check-package') as HTMLSelectElement | null;
const statusEl = $('check-status');
const result = $('check-result');

let data: Promise<CheckData> | undefined;
const load = (url: string) => (data ??= fetch(url).then((r) => (r.ok ? (r.json() as Promise<CheckData>) : Promise.reject(new Error(`${url}: ${r.status}`)))));

function fill(id: string, ...children: (Node | string)[]) {
  $(id)?.replaceChildren(...children);
}

function render(r: CheckResult, d: CheckData) {
  if (!statusEl || !result) return;
  if (r.kind === 'not-a-version' || r.kind === 'choose-package') {
    statusEl.textContent = r.message;
    result.hidden = true;
    return;
  }
  statusEl.textContent = summary(r);
  fill('check-result-title', `Version ${r.version}`);
  fill('check-branch', ...(r.support ? [`Branch ${r.branch}: `, statusLine(r.support), '.'] : [`Branch ${r.branch}: not in the release data.`]));
  fill('check-notes', ...r.notes.map((n) => el('li', {}, n)));
  const affected = r.findings.length > 0;
  for (const id of ['check-stay', 'check-move', 'check-findings']) $(id)!.hidden = !affected;
  if (affected) {
    fill('check-stay-title', `Stay on ${r.branch}`);
    fill('check-stay-body', ...stayBody(r, d));
    fill('check-move-body', ...moveBody(r));
    fill('check-findings-title', `The ${r.findings.length === 1 ? 'advisory' : `${r.findings.length} advisories`}`);
    fill('check-findings-body', findingsTable(r));
  }
  const feeds = r.support?.feeds;
  fill(
    'check-follow',
    ...(feeds
      ? [`Follow new advisories for ${r.branch}: `, el('a', { href: feeds.rss }, 'RSS'), ', ', el('a', { href: feeds.atom }, 'Atom'), ', ', el('a', { href: feeds.json }, 'JSON Feed'), '.']
      : []),
  );
  result.hidden = false;
}

async function run(value: string, pkg?: string) {
  if (!form || !statusEl) return;
  statusEl.textContent = 'Checking…';
  try {
    const d = await load(form.dataset.api ?? '');
    render(checkVersion(value, d, pkg || undefined), d);
  } catch (error) {
    statusEl.textContent = `The advisory data could not be loaded (${(error as Error).message}). Try again, or use the branch pages below.`;
  }
}

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const value = input?.value ?? '';
  const url = new URL(location.href);
  url.searchParams.set('v', value.trim());
  if (packageSelect) url.searchParams.set('p', packageSelect.value);
  history.replaceState(null, '', url);
  void run(value, packageSelect?.value);
});

const params = new URLSearchParams(location.search);
const initial = params.get('v');
if (packageSelect && params.get('p') !== null) packageSelect.value = params.get('p')!;
if (initial !== null && input) {
  input.value = initial;
  void run(initial, packageSelect?.value);
}
