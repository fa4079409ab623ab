/**
 * The browser every e2e file shares: Debian's Chromium, started once per run by globalSetup.ts
 * (no browser downloads on these machines). A new test file gets it by importing it:
 *
 *   import { browser, withPage, origin, PHONE } from './support/browser';
 *   test('…', () => withPage(browser, { viewport: PHONE }, async ({ page, errors }) => { … }));
 *
 * Importing this module connects the file to the shared browser and disconnects it after the
 * file's last test. Each test opens its own context (withPage) and closes it however it ends.
 * `noWebglBrowser()` connects to a second shared Chromium with WebGL switched off.
 * Wait for the page's own signals (support/signals.ts), never for time or network silence.
 */
import { withoutBase } from '../../../src/lib/publishing/siteAddress';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, inject } from 'vitest';

export const PHONE = { width: 390, height: 844 } as const;
export const DESKTOP = { width: 1280, height: 900 } as const;

const connections: Promise<Browser>[] = [];
const connect = (endpoint: string) => {
  const connection = chromium.connect(endpoint);
  connections.push(connection);
  return connection;
};
afterAll(async () => {
  await Promise.all(connections.map(async (c) => (await c).close()));
});

/** The shared Chromium with (software) WebGL, connected for this file. */
export const browser: Browser = await connect(inject('browserEndpoint'));

let noWebgl: Promise<Browser> | undefined;
/** The shared Chromium with WebGL off, connected for this file on first use. */
export const noWebglBrowser = (): Promise<Browser> => (noWebgl ??= connect(inject('noWebglEndpoint')));

/** Where the site is served, without a trailing slash (with the base path of a BASE_PATH build): origin() + '/timeline/'. */
export const origin = (): string => inject('origin');

/** A served URL's path as the site's own paths name it ("/timeline/"), whatever base the build is served under. */
export const sitePathOf = (url: string): string => withoutBase(new URL(url, origin() + '/').pathname, new URL(origin() + '/').pathname);

export interface Watched {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
  /** Requests sent and not yet answered or failed. */
  inFlight: Set<string>;
  /** Console errors and uncaught exceptions. */
  errors: string[];
}

/** A fresh context and page that records requests and errors. Close its context (or use withPage). */
export async function openPage(on: Browser, options: BrowserContextOptions = {}): Promise<Watched> {
  const context = await on.newContext({ viewport: DESKTOP, ...options });
  const page = await context.newPage();
  const requests: string[] = [];
  const inFlight = new Set<string>();
  const errors: string[] = [];
  let n = 0;
  const ids = new WeakMap<object, string>();
  page.on('request', (r) => {
    requests.push(r.url());
    ids.set(r, String(n++));
    inFlight.add(ids.get(r)!);
  });
  const done = (r: object) => inFlight.delete(ids.get(r) ?? '');
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, requests, inFlight, errors };
}

/** Requests that left the site's own origin (data: and blob: URLs stay on the page). */
export function foreignRequests(requests: string[], own = origin()): string[] {
  return requests.filter((u) => !u.startsWith(own) && !/^(data|blob):/.test(u));
}

/** Runs a test body on a fresh watched page and always closes its context, even when the body fails. */
export async function withPage<T>(on: Browser, options: BrowserContextOptions, body: (watched: Watched) => Promise<T>): Promise<T> {
  const watched = await openPage(on, options);
  try {
    return await body(watched);
  } finally {
    await watched.context.close();
  }
}
