/**
 * The site as a host that reads `_headers` serves it (the format of Netlify and Cloudflare
 * Pages: a path pattern, then indented `Name: value` lines), and a record of everything the
 * browser says about the policies, from the page and from its workers.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, ConsoleMessage, Page } from 'playwright-core';

export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** Parses a `_headers` file; anything else than its plain syntax is an error, not skipped. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      return;
    }
    const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    const rule = rules.at(-1);
    if (!m || !rule) throw new Error(`_headers line ${i + 1} is not "  Name: value" under a path: ${line}`);
    rule.headers[m[1]!] = m[2]!.trim();
  });
  return rules;
}

/** The headers for a path: every rule whose pattern matches it (`*` matches any rest of the path). */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const re = new RegExp(`^${rule.pattern.split('*').map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    if (re.test(pathname)) Object.assign(out, rule.headers);
  }
  return out;
}

/**
 * Adds the built site's `_headers` to every response the context receives from `origin`, the
 * scripts of workers included; `amend` may change them per path, to show what a wrong header does.
 */
export async function serveHeaders(
  context: BrowserContext,
  outDir: string,
  origin: string,
  amend: (pathname: string, headers: Record<string, string>) => Record<string, string> = (_, h) => h,
): Promise<void> {
  const rules = parseHeaders(fs.readFileSync(path.join(outDir, '_headers'), 'utf8'));
  await context.route(`${origin}/**`, async (route) => {
    try {
      const response = await route.fetch();
      const pathname = new URL(route.request().url()).pathname;
      await route.fulfill({ response, headers: { ...response.headers(), ...amend(pathname, headersFor(rules, pathname)) } });
    } catch (error) {
      // A request still in flight when its test closed the context (a search worker's index
      // fetch, say) has no page left to answer; anything else is a real failure.
      if (!CLOSED.test((error as Error).message)) throw error;
    }
  });
}

const CLOSED = /Request context disposed|has been closed|has been disposed/;

/**
 * Closes a context that `serveHeaders` routes. Its route handlers are removed first, with
 * Playwright's `ignoreErrors`, so a fetch still in flight (Pagefind's worker loading a fragment
 * as the test ends) cannot reject after the test, whatever Playwright's message for it says.
 */
export async function closeServed(context: BrowserContext): Promise<void> {
  await context.unrouteAll({ behavior: 'ignoreErrors' });
  await context.close();
}

/** What the browser reports about the Content Security Policy or the Permissions Policy. */
const POLICY_MESSAGE = /Content Security Policy|Content-Security-Policy|Permissions-Policy|Permissions Policy/i;

const reports = new WeakMap<Page, string[]>();

/** Starts recording policy messages: the console of the page and of every worker it starts. */
export function watchPolicies(page: Page): void {
  const seen: string[] = [];
  reports.set(page, seen);
  const record = (where: string) => (m: ConsoleMessage) => {
    if (POLICY_MESSAGE.test(m.text())) seen.push(`${where}: ${m.text()}`);
  };
  page.on('console', record('page'));
  page.on('worker', (w) => w.on('console', record(`worker ${w.url()}`)));
  page.on('pageerror', (e) => {
    if (POLICY_MESSAGE.test(e.message)) seen.push(`page error: ${e.message}`);
  });
}

/** Every policy message recorded for the page so far. */
export const policyReports = (page: Page): string[] => [...(reports.get(page) ?? [])];
