/**
 * Resilience gate: with JavaScript off, with WebGL off, with the map's data missing, and inside
 * a cross-origin iframe, every chapter of every built page stays readable and nothing throws.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { PHONE, launch, openPage, origin } from '../support/browser';
import { serveFolder, type Served } from '../support/staticServer';
import { SCROLL_THROUGH, UNREADABLE, builtPages } from './builtPages';

const pages = builtPages().map((p) => [p.path]);

/** Data the map fetches at run time (basemap, places): JSON files, never the page itself. */
const MAP_DATA = /\.(geo|topo)?json(\?|$)/;
/** The browser's own note about a failed request is expected when we make requests fail. */
const notAFailedLoad = (e: string) => !/Failed to load resource/.test(e);

describe('with JavaScript off', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  test.each(pages)('%s: every chapter is readable', async (path) => {
    const { context, page, errors } = await openPage(browser, { viewport: PHONE, javaScriptEnabled: false });
    try {
      await page.goto(origin() + path, { waitUntil: 'networkidle' });
      expect(await page.evaluate(() => document.documentElement.className)).toContain('no-js');
      expect(await page.evaluate(UNREADABLE)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('with WebGL off', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(['--disable-webgl', '--disable-3d-apis']);
  });
  afterAll(() => browser?.close());

  test('the browser really has no WebGL', async () => {
    const { context, page } = await openPage(browser);
    await page.goto(origin() + '/');
    expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl'))).toBeNull();
    await context.close();
  });

  test.each(pages)('%s: every chapter is readable and nothing throws', async (path) => {
    const { context, page, errors } = await openPage(browser, { viewport: PHONE, reducedMotion: 'reduce' });
    try {
      await page.goto(origin() + path, { waitUntil: 'networkidle' });
      await page.evaluate(SCROLL_THROUGH);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(UNREADABLE)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('with the map data missing (404)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(() => browser?.close());

  test.each(pages)('%s: every chapter is readable and nothing throws', async (path) => {
    const { context, page, errors } = await openPage(browser, { viewport: PHONE, reducedMotion: 'reduce' });
    const refused: string[] = [];
    await page.route(MAP_DATA, (route) => {
      refused.push(route.request().url());
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    });
    try {
      await page.goto(origin() + path, { waitUntil: 'networkidle' });
      await page.evaluate(SCROLL_THROUGH);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(UNREADABLE)).toEqual([]);
      expect(errors.filter(notAFailedLoad)).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('inside a cross-origin iframe', () => {
  let browser: Browser;
  let host: Served;
  let folder: string;
  beforeAll(async () => {
    browser = await launch();
    folder = await mkdtemp(join(tmpdir(), 'oreshnik-host-'));
    // A news site's article page: another origin (another port) framing our page. Its empty icon
    // keeps the browser from asking the host for /favicon.ico, a 404 that is not ours to report.
    await writeFile(
      join(folder, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,"></head><body>
       <script>const p = new URLSearchParams(location.search).get('page');
       const f = document.createElement('iframe'); f.title = 'Embedded explainer';
       f.src = ${JSON.stringify(origin())} + p; f.style.cssText = 'width:100%;height:700px;border:0';
       document.body.append(f);</script></body></html>`,
    );
    host = await serveFolder(folder);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
    await rm(folder, { recursive: true, force: true });
  });

  test('the host really is another origin', () => {
    expect(new URL(host.origin).origin).not.toBe(new URL(origin()).origin);
  });

  test.each(pages)('%s: every chapter is readable and nothing throws', async (path) => {
    const { context, page, errors } = await openPage(browser, { viewport: PHONE, reducedMotion: 'reduce' });
    // Uncaught errors inside a cross-origin frame are recorded by the frame itself.
    await context.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __qaErrors: string[] }).__qaErrors = []);
      addEventListener('error', (e) => seen.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => seen.push(String(e.reason)));
    });
    try {
      await page.goto(`${host.origin}/?page=${encodeURIComponent(path)}`, { waitUntil: 'networkidle' });
      const frame = page.frames().find((f) => f.url().startsWith(origin()));
      expect(frame, 'the framed page loaded').toBeDefined();
      await frame!.waitForLoadState('networkidle');
      await frame!.evaluate(SCROLL_THROUGH);
      expect(await frame!.evaluate(UNREADABLE)).toEqual([]);
      expect(await frame!.evaluate(() => (window as unknown as { __qaErrors: string[] }).__qaErrors)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
