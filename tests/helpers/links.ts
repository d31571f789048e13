/**
 * A link check over a built folder: every internal link, stylesheet and image must name a file
 * in the folder, and every #fragment an id on the target page. External links are not fetched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'node-html-parser';
import { files } from './build.ts';

export interface BrokenLink {
  page: string;
  href: string;
  problem: string;
}

/** Which file serves a path, as a static host with directory indexes would pick it. */
function fileFor(dir: string, pathname: string): string | undefined {
  const rel = decodeURIComponent(pathname).replace(/^\//, '');
  const candidates = pathname.endsWith('/') ? [path.join(rel, 'index.html')] : [rel, path.join(rel, 'index.html')];
  return candidates.map((c) => path.join(dir, c)).find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

/** `origin` is the site's canonical origin: absolute links to it count as internal. */
export function checkLinks(dir: string, origin: string, allowMissing: (pathname: string) => boolean = () => false): BrokenLink[] {
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!ids.has(file)) {
      const root = parse(fs.readFileSync(file, 'utf8'));
      ids.set(file, new Set(root.querySelectorAll('[id]').map((el) => el.getAttribute('id')!)));
    }
    return ids.get(file)!;
  };
  const broken: BrokenLink[] = [];
  for (const page of files(dir).filter((f) => f.endsWith('.html'))) {
    const base = new URL(`/${page.replace(/(^|\/)index\.html$/, '$1')}`, origin);
    const root = parse(fs.readFileSync(path.join(dir, page), 'utf8'));
    const refs = root.querySelectorAll('a[href], link[href], img[src], script[src]').map((el) => el.getAttribute('href') ?? el.getAttribute('src')!);
    for (const href of refs) {
      const url = new URL(href, base);
      if (url.origin !== new URL(origin).origin) continue;
      if (allowMissing(url.pathname)) continue;
      const target = fileFor(dir, url.pathname);
      if (!target) {
        broken.push({ page, href, problem: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) broken.push({ page, href, problem: `no id "${fragment}"` });
    }
  }
  return broken;
}
