/**
 * The browser half of /check/: fetches /api/affected.json once, runs src/domain/version-check.ts on the
 * visitor's input and writes the answer with DOM text nodes (never HTML strings). The version
 * lives in the URL (`?v=5.2.3`), so an answer is a link to share.
 */
import { affectedPackages, checkVersion, type CheckData, type CheckResult } from '../../domain/version-check.ts';

const form = document.querySelector<HTMLFormElement>('#check-form');
const input = document.querySelector<HTMLInputElement>('#check-version');
const statusLine = document.querySelector<HTMLElement>('#check-status');
const result = document.querySelector<HTMLElement>('#check-result');
const title = document.querySelector<HTMLElement>('#check-result-title');
const facts = document.querySelector<HTMLElement>('#check-facts');
const notes = document.querySelector<HTMLElement>('#check-notes');
const list = document.querySelector<HTMLElement>('#check-advisories');

let data: Promise<CheckData> | undefined;
const load = (url: string) => (data ??= fetch(url).then((r) => (r.ok ? (r.json() as Promise<CheckData>) : Promise.reject(new Error(`${url}: ${r.status}`)))));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, attrs: Record<string, string> = {}): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  return node;
}

function fact(term: string, value: string) {
  facts?.append(el('dt', term), el('dd', value));
}

function summary(r: Extract<CheckResult, { kind: 'version' }>): string {
  const n = r.advisories.length;
  if (n === 0) return `No published advisory affects ${r.version}.`;
  const upgrade = r.upgrade ? ` Upgrade to ${r.upgrade.version} to fix ${n === 1 ? 'it' : 'all of them'}.` : ' No release fixes all of them yet.';
  return `${r.version} is affected by ${n} published ${n === 1 ? 'advisory' : 'advisories'}.${upgrade}`;
}

function upgradeText(r: Extract<CheckResult, { kind: 'version' }>): string {
  if (!r.upgrade) return r.advisories.length === 0 ? 'none needed for these advisories' : 'no released version fixes all of them yet';
  if (r.upgrade.sameBranch) return `${r.upgrade.version}, on the same branch`;
  return `${r.upgrade.version}, on the ${r.upgrade.branch} branch (no ${r.branch} release fixes all of them)`;
}

function render(r: CheckResult) {
  if (!statusLine || !result || !title || !facts || !notes || !list) return;
  facts.replaceChildren();
  notes.replaceChildren();
  list.replaceChildren();
  if (r.kind === 'not-a-version') {
    statusLine.textContent = r.message;
    result.hidden = true;
    return;
  }
  statusLine.textContent = summary(r);
  title.textContent = `Version ${r.version}`;
  fact('Branch', r.support ? `${r.branch}: ${r.support.status}` : `${r.branch}: not in the release data`);
  fact('Affected by', `${r.advisories.length} ${r.advisories.length === 1 ? 'advisory' : 'advisories'}`);
  fact('Lowest upgrade', upgradeText(r));
  for (const note of r.notes) notes.append(el('li', note));
  for (const a of r.advisories) {
    const item = el('li');
    const heading = el('h3');
    const link = el('a', undefined, { href: a.url });
    link.append(el('span', a.id, { class: 'id' }), ` ${a.title}`);
    heading.append(link);
    const aliases = [...a.cve, ...a.ghsa].join(', ');
    item.append(heading, el('p', `Severity: ${a.severity}. Package: ${affectedPackages(a, r.version).join(', ')}.${aliases ? ` Also known as ${aliases}.` : ''}`, { class: 'meta' }));
    list.append(item);
  }
  result.hidden = false;
}

async function run(value: string) {
  if (!form || !statusLine) return;
  statusLine.textContent = 'Checking…';
  try {
    render(checkVersion(value, await load(form.dataset.api ?? '')));
  } catch (error) {
    statusLine.textContent = `The advisory data could not be loaded (${(error as Error).message}). Try again, or use the branch pages below.`;
  }
}

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const value = input?.value ?? '';
  const url = new URL(location.href);
  url.searchParams.set('v', value.trim());
  history.replaceState(null, '', url);
  void run(value);
});

const initial = new URLSearchParams(location.search).get('v');
if (initial !== null && input) {
  input.value = initial;
  void run(initial);
}
