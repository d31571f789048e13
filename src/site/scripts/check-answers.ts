/**
 * The words and DOM of /check/'s answers, built with text nodes (never HTML strings) from the
 * result of src/domain/version-check.ts: the two answers (stay on your branch, move to a
 * supported branch) and the list of advisories with each one's fix on the reader's branch.
 */
import type { CheckAdvisory, CheckBranch, CheckData, CheckRelease, CheckResult, Finding } from '../../domain/version-check.ts';

type VersionResult = Extract<CheckResult, { kind: 'version' }>;
type Child = Node | string;

export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

const WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const number = (n: number) => WORDS[n] ?? String(n);
export const advisories = (n: number) => `${n} ${n === 1 ? 'advisory' : 'advisories'}`;

/** "by 2026-07-02" for an upper bound (releases.yaml's released_by), else the day. */
const day = (r: CheckRelease) => (r.dateExact ? r.date : `by ${r.date}`);

/** The branch's status line, its status word drawn as a badge, exactly as the pages print it. */
export function statusLine(branch: CheckBranch): HTMLElement {
  return el('span', { class: 'support-line' }, el('span', { class: 'support', 'data-support': branch.status }, branch.status), branch.statusText.slice(branch.status.length));
}

export function severity(a: CheckAdvisory): HTMLElement {
  return el('span', { class: 'severity', 'data-rank': String(a.rank) }, a.score ? `${a.severity} ${a.score}` : a.severity);
}

const link = (a: CheckAdvisory) => el('a', { href: a.url }, el('span', { class: 'id' }, a.id), ` ${a.title}`);

function extendedLink(data: CheckData): Child[] {
  return data.extendedSupportUrl ? [' ', el('a', { href: data.extendedSupportUrl }, 'How to get extended support'), '.'] : [];
}

/** Who ships the release, in words, with the way to the paid kind. */
function access(release: CheckRelease, branch: CheckBranch, data: CheckData): HTMLElement {
  if (release.access === 'free') return el('p', {}, `${release.version} is a free release from the project.`);
  if (release.access === 'extended support (paid)') {
    return el('p', {}, `${release.version} is an extended support release: only customers of paid extended support get it.`, ...extendedLink(data));
  }
  const end = branch.securitySupportUntil && branch.securitySupportUntil !== 'unknown' ? ` on ${branch.securitySupportUntil}` : '';
  return el(
    'p',
    {},
    `The records do not say whether ${release.version} is a free release or one for paid extended support customers: it was out ${day(release)}, and the project’s own security fixes for ${branch.branch} ended${end}.`,
    ...extendedLink(data),
  );
}

function advisoryList(list: readonly CheckAdvisory[]): HTMLElement {
  return el('ul', { class: 'remaining' }, ...list.map((a) => el('li', {}, link(a), ' ', severity(a))));
}

export function stayBody(r: VersionResult, data: CheckData): Child[] {
  const n = r.findings.length;
  const { stay, support } = r;
  if (!stay || !support) return [el('p', {}, `The ${r.branch} branch is not in the release data, so there is no release of it to recommend.`)];
  if (!stay.release) return [el('p', {}, `No ${r.branch} release after ${r.version} fixes ${n === 1 ? 'it' : 'any of them'}.`)];
  const out: Child[] = [
    el('p', {}, 'Upgrade to ', el('strong', {}, stay.release.version), ` (released ${day(stay.release)}). It fixes ${stay.fixes === n ? (n === 1 ? 'it' : `all ${n}`) : `${stay.fixes} of the ${n}`}.`),
    access(stay.release, support, data),
  ];
  if (stay.remaining.length > 0) {
    out.push(el('p', {}, `${stay.release.version} is still affected by ${advisories(stay.remaining.length)}:`), advisoryList(stay.remaining));
  }
  if (stay.latest) {
    const rest = stay.latest.remaining === 0 ? 'it fixes all of them too' : `${advisories(stay.latest.remaining)} still affect it`;
    out.push(el('p', {}, `The latest ${r.branch} release is ${stay.latest.release.version} (${day(stay.latest.release)}); ${rest}.`));
  }
  return out;
}

export function moveBody(r: VersionResult): Child[] {
  const { move } = r;
  if (!move) {
    return [el('p', {}, r.support?.supported ? `Not needed: ${r.branch} is supported, and the release above fixes everything.` : 'No release of a supported branch fixes all of them yet.')];
  }
  const out: Child[] = [];
  if (move.target) {
    const { branch, release, majors } = move.target;
    out.push(
      el('p', {}, 'Upgrade to ', el('strong', {}, release.version), ` on the ${branch.branch} branch (released ${day(release)}): a free release that fixes all of them. The ${branch.branch} branch is `, statusLine(branch), '.'),
    );
    if (majors > 0) {
      out.push(
        el(
          'p',
          { class: 'major-jump' },
          `${release.version} is ${number(majors)} major ${majors === 1 ? 'version' : 'versions'} ahead of ${r.version}. Major versions may change or remove features: read the upgrade notes of each one before you move.`,
        ),
      );
    }
  } else out.push(el('p', {}, 'No release of a supported branch fixes all of them yet.'));
  if (move.extended.length > 0) {
    out.push(
      el('p', {}, 'These releases of branches that only paid extended support still fixes also fix all of them:'),
      el(
        'ul',
        {},
        ...move.extended.map(({ branch, release }) =>
          el('li', {}, el('strong', {}, release.version), ` on the ${branch.branch} branch: `, statusLine(branch), `. ${release.version} itself is ${accessWords(release)}.`),
        ),
      ),
    );
  }
  return out;
}

function accessWords(release: CheckRelease): string {
  if (release.access === 'free') return 'a free release; later fixes for its branch need paid extended support';
  if (release.access === 'extended support (paid)') return 'an extended support release, for paid customers only';
  return 'a free release or a paid one: the records do not say';
}

function fixCell(f: Finding, branch: string): string {
  if (f.fixedOnBranch) return f.fixedOnBranch;
  if (f.fixedLater) return `no ${branch} fix; fixed in ${f.fixedLater}`;
  return 'no fix released';
}

export function findingsTable(r: VersionResult): HTMLElement {
  const rows = r.findings.map((f) => {
    const aliases = [...f.advisory.cve, ...f.advisory.ghsa].join(', ');
    return el(
      'tr',
      {},
      el('th', { scope: 'row' }, link(f.advisory), ...(aliases ? [el('span', { class: 'meta aliases' }, aliases)] : [])),
      el('td', { 'data-label': 'Severity' }, severity(f.advisory)),
      el('td', { 'data-label': `Fixed on ${r.branch}` }, fixCell(f, r.branch)),
    );
  });
  return el(
    'div',
    { class: 'table-scroll' },
    el(
      'table',
      { class: 'stack', id: 'check-advisories' },
      el('caption', {}, `Advisories affecting ${r.version}, highest severity first, then newest`),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Advisory'), el('th', { scope: 'col' }, 'Severity'), el('th', { scope: 'col' }, `Fixed on ${r.branch}`))),
      el('tbody', {}, ...rows),
    ),
  );
}

/** The one-line summary the live region announces. */
export function summary(r: VersionResult): string {
  const n = r.findings.length;
  if (n === 0) return `No published advisory affects ${r.version}.`;
  const parts = [`${r.version} is affected by ${n} published ${n === 1 ? 'advisory' : 'advisories'}.`];
  if (r.stay?.release) parts.push(`Staying on ${r.branch}: ${r.stay.release.version} fixes ${r.stay.fixes === n ? (n === 1 ? 'it' : 'all of them') : `${r.stay.fixes} of them`}.`);
  if (r.move?.target) parts.push(`Moving: ${r.move.target.release.version} on ${r.move.target.branch.branch} fixes ${n === 1 ? 'it' : 'all of them'}.`);
  return parts.join(' ');
}
