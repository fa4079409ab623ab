/** Debian's Chromium driven by playwright-core; no browser downloads on these machines. */
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;

export function launch(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless=new',
      '--no-sandbox',
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}

export const origin = (): string => inject('origin');

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/** A fresh context and page that records requests and errors. */
export async function openPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await browser.newContext({ viewport: DESKTOP, ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, requests, errors };
}

/** Requests that left the site's own origin (data: and blob: URLs stay on the page). */
export function foreignRequests(requests: string[], own = origin()): string[] {
  return requests.filter((u) => !u.startsWith(own) && !/^(data|blob):/.test(u));
}

/** Runs a test body on a fresh watched page and always closes its context, even when the body fails. */
export async function withPage<T>(browser: Browser, options: BrowserContextOptions, body: (watched: Watched) => Promise<T>): Promise<T> {
  const watched = await openPage(browser, options);
  try {
    return await body(watched);
  } finally {
    await watched.context.close();
  }
}
