/**
 * A real browser against a built site: Debian's Chromium driven by playwright-core (no browser
 * download), and `astro preview` serving a built folder on a free port, as a visitor would see it.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { type Browser, type BrowserContextOptions, type Page, chromium } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { projectRoot, ROOT, sharedBuild, type BuildResult, userEnv } from './build.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Preview {
  url: string;
  /** Resolves once the server has exited, so the next test file can start its own. */
  stop: () => Promise<void>;
}

/** Serves `outDir` with `astro preview --outDir` (the content folder gives the site's settings). */
export async function preview(content: string, outDir: string): Promise<Preview> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'preview', '--outDir', outDir, '--host', '127.0.0.1', '--port', String(port)],
    { cwd: projectRoot(), env: userEnv({ DISCLOSE_CONTENT: content, ASTRO_TELEMETRY_DISABLED: '1' }), stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const url = `http://127.0.0.1:${port}`;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`astro preview did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(`127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`astro preview exited with ${code}:\n${output}`)));
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    stop: () => {
      child.kill();
      return exited;
    },
  };
}

export interface ServedSite {
  built: BuildResult;
  server: Preview;
  browser: Browser;
}

/** For one test file: builds the folder once, serves it, opens Chromium, and cleans up after. */
export function useServedSite(content: string, now: string): ServedSite {
  const site = {} as ServedSite;
  beforeAll(async () => {
    site.built = sharedBuild(content, now);
    if (site.built.status !== 0) throw new Error(site.built.output);
    site.server = await preview(content, site.built.outDir);
    site.browser = await launchChromium();
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.stop();
  });
  return site;
}

/** The two viewports the default-site tests read at: a desktop, and a dark phone. */
export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 900 } };
export const PHONE: BrowserContextOptions = { viewport: { width: 375, height: 800 }, isMobile: true, hasTouch: true, colorScheme: 'dark' };

/** A page of the served site in a fresh browser context; close it with `closePage`. */
export async function openPage(site: ServedSite, pathname: string, mode: BrowserContextOptions = DESKTOP): Promise<Page> {
  const page = await (await site.browser.newContext(mode)).newPage();
  await page.goto(site.server.url + pathname);
  return page;
}

export const closePage = (page: Page) => page.context().close();
