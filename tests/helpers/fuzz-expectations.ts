/**
 * What a built fuzz site must and must not hold, derived from the generator's ground truth only
 * (never from src/), so the test judges the guard and the visibility rule from outside.
 */
import { type OutputFile, filesWith, visible } from './dist-text.ts';
import type { FuzzContent } from './markdown-fuzz.ts';

const DAY = 86_400_000;

/** Everything that would be a leak, with what it belongs to. */
function forbidden(c: FuzzContent): { needle: string; owner: string }[] {
  const publicAliases = new Set(c.advisories.filter((a) => a.public).flatMap((a) => [...a.cve, ...a.ghsa]));
  const out: { needle: string; owner: string }[] = [];
  for (const a of c.advisories.filter((a) => !a.public)) {
    const owner = `${a.id} (${a.status}, published ${a.published.toISOString()})`;
    const aliases = [...a.cve, ...a.ghsa].filter((x) => !publicAliases.has(x));
    for (const needle of [a.id, a.title, ...aliases, ...a.strings, ...a.hidden]) out.push({ needle, owner });
  }
  for (const n of c.announcements.filter((n) => !n.public)) {
    const owner = `announcement ${n.slug} (published ${n.published.toISOString()})`;
    for (const needle of [n.slug, n.title, ...n.strings, ...n.hidden]) out.push({ needle, owner });
  }
  for (const s of c.shared.filter((s) => !s.public && s.users.length > 0)) {
    for (const needle of [...s.strings, ...s.hidden]) out.push({ needle, owner: `shared ${s.kind} block of ${s.users.join(', ')} only` });
  }
  return out;
}

/** Every place something held back shows up, as "owner: needle in file" lines. */
export function leaks(c: FuzzContent, files: Map<string, OutputFile>): string[] {
  return forbidden(c).flatMap(({ needle, owner }) => filesWith(files, needle).map((f) => `${owner}: "${needle}" in ${f}`));
}

/** What each public item must show, as "where: what" lines for everything missing. */
export function missing(c: FuzzContent, files: Map<string, OutputFile>): string[] {
  const gaps: string[] = [];
  const text = (f: string) => files.get(f)?.text ?? '';
  const raw = (f: string) => files.get(f)?.raw ?? '';
  const need = (ok: boolean, what: string) => ok || gaps.push(what);
  const joined = (test: (f: string) => boolean) => [...files].filter(([f]) => test(f));
  const sitemap = joined((f) => f.startsWith('sitemap')).map(([, f]) => f.raw).join('\n');
  const fragments = joined((f) => f.startsWith('pagefind/fragment/'));
  const search = fragments.map(([, f]) => f.text).join('\n');
  const csafIndex = raw('.well-known/csaf/white/index.txt').split('\n');
  const feeds = ['feeds/rss.xml', 'feeds/atom.xml', 'feeds/feed.json'];

  const published = c.advisories.filter((a) => a.public).sort((x, y) => +y.published - +x.published);
  const recent = published.filter((a) => +a.published >= +c.now - 90 * DAY).length;
  const inFeeds = new Set(published.slice(0, Math.max(50, recent)).map((a) => a.id));
  const api = JSON.parse(files.get('api/affected.json')?.raw ?? '{"advisories":[]}') as { advisories: { id: string }[] };
  need(JSON.stringify(api.advisories.map((a) => a.id).sort()) === JSON.stringify(published.map((a) => a.id.toLowerCase()).sort()),
    `/api/affected.json lists ${api.advisories.map((a) => a.id).join(', ')}`);
  const prose = joined((f) => f.endsWith('index.html') && !f.startsWith('advisories/') && raw(f).includes('data-pagefind-body')).length;
  need(fragments.length === published.length + prose, `${fragments.length} Pagefind fragments for ${published.length} advisories and ${prose} pages`);

  for (const a of published) {
    const id = a.id.toLowerCase();
    const page = `advisories/${a.id}/index.html`;
    need(files.has(page), `${a.id}: no page`);
    for (const s of [a.title, ...a.strings]) need(text(page).includes(visible(s)), `${a.id} page: "${s}"`);
    for (const s of a.hidden) need(raw(page).includes(s.toLowerCase()), `${a.id} page: hidden "${s}"`);
    need(raw('advisories/index.html').includes(id), `${a.id}: not in the list`);
    if (inFeeds.has(a.id)) for (const f of feeds) need(raw(f).includes(`/advisories/${id}/`), `${a.id}: not in ${f}`);
    need(raw(`osv/${a.id}.json`).includes(`"id": "${id}"`), `${a.id}: no OSV record`);
    need(text(`osv/${a.id}.json`).includes(visible(a.strings[0]!)), `${a.id} OSV record: "${a.strings[0]}"`);
    const csaf = csafIndex.find((l) => l.endsWith(`/${id}.json`));
    need(csaf !== undefined && raw(`.well-known/csaf/white/${csaf}`).includes(`"${id}"`), `${a.id}: no CSAF document (${csaf})`);
    need(sitemap.includes(`/advisories/${id}/`), `${a.id}: not in the sitemap`);
    for (const s of a.strings) need(search.includes(visible(s)), `${a.id} search index: "${s}"`);
  }
  for (const p of c.pages) for (const s of p.strings) need(text(`${p.slug}/index.html`).includes(visible(s)), `page ${p.slug}: "${s}"`);
  for (const n of c.announcements.filter((n) => n.public)) {
    for (const s of n.strings) need(text(`security-releases/${n.slug}/index.html`).includes(visible(s)), `announcement ${n.slug}: "${s}"`);
  }
  return gaps;
}
