/**
 * Resilience gate: every chapter stays readable and nothing throws with JavaScript off (every built
 * page), with WebGL off and with the map's data missing (the templates that draw a live map), and
 * inside a cross-origin iframe (the templates other sites may frame: public/_headers lets only
 * /embed/* be framed by another origin).
 */
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { PHONE, browser, noWebglBrowser, origin, withPage } from '../support/browser';
import { settled } from '../support/signals';
import { serveFolder, type Served } from '../support/staticServer';
import { SCROLL_THROUGH, UNREADABLE, builtPages, templatePages } from './builtPages';

/** Templates that mount the live map (its mount point is in the built HTML); elsewhere WebGL and map data are never asked for. */
const withLiveMap = templatePages()
  .filter((p) => readFileSync(p.file, 'utf8').includes('data-story-graphic'))
  .map((p) => [p.path]);
const framedElsewhere = templatePages()
  .filter((p) => p.embed)
  .map((p) => [p.path]);

/** Data the map fetches at run time (basemap, places): JSON files, never the page itself. */
const MAP_DATA = /\.(geo|topo)?json(\?|$)/;
/** The browser's own note about a failed request is expected when we make requests fail. */
const notAFailedLoad = (e: string) => !/Failed to load resource/.test(e);

test.each(builtPages().map((p) => [p.path]))('with JavaScript off, %s: every chapter is readable', async (path) => {
  await withPage(browser, { viewport: PHONE, javaScriptEnabled: false }, async ({ page, errors }) => {
    await page.goto(origin() + path);
    expect(await page.evaluate(() => document.documentElement.className)).toContain('no-js');
    expect(await page.evaluate(UNREADABLE)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('with WebGL off', () => {
  let noWebgl: Browser;
  beforeAll(async () => {
    noWebgl = await noWebglBrowser();
  });

  test('the browser really has no WebGL', async () => {
    await withPage(noWebgl, {}, async ({ page }) => {
      await page.goto(origin() + '/');
      expect(await page.evaluate(() => document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl'))).toBeNull();
    });
  });

  test('the live map is on at least one template', () => expect(withLiveMap).not.toEqual([]));

  test.each(withLiveMap)('%s: every chapter is readable and nothing throws', async (path) => {
    await withPage(noWebgl, { viewport: PHONE, reducedMotion: 'reduce' }, async (watched) => {
      await watched.page.goto(origin() + path);
      await watched.page.evaluate(SCROLL_THROUGH);
      await settled(watched);
      expect(await watched.page.evaluate(UNREADABLE)).toEqual([]);
      expect(watched.errors).toEqual([]);
    });
  });
});

test.each(withLiveMap)('with the map data missing (404), %s: every chapter is readable and nothing throws', async (path) => {
  await withPage(browser, { viewport: PHONE, reducedMotion: 'reduce' }, async (watched) => {
    const { page, errors } = watched;
    const refused: string[] = [];
    await page.route(MAP_DATA, (route) => {
      refused.push(route.request().url());
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    });
    await page.goto(origin() + path);
    await page.evaluate(SCROLL_THROUGH);
    await settled(watched);
    // The live map really asked for its data and was refused.
    expect(refused).not.toEqual([]);
    expect(await page.evaluate(UNREADABLE)).toEqual([]);
    expect(errors.filter(notAFailedLoad)).toEqual([]);
  });
});

describe('inside a cross-origin iframe', () => {
  let host: Served;
  let folder: string;
  beforeAll(async () => {
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
    await host?.close();
    await rm(folder, { recursive: true, force: true });
  });

  test('the host really is another origin', () => {
    expect(new URL(host.origin).origin).not.toBe(new URL(origin()).origin);
  });

  test('the embeds are among the templates', () => expect(framedElsewhere).not.toEqual([]));

  test.each(framedElsewhere)('%s: every chapter is readable and nothing throws', async (path) => {
    await withPage(browser, { viewport: PHONE, reducedMotion: 'reduce' }, async (watched) => {
      const { context, page, errors } = watched;
      // Uncaught errors inside a cross-origin frame are recorded by the frame itself.
      await context.addInitScript(() => {
        const seen: string[] = ((window as unknown as { __qaErrors: string[] }).__qaErrors = []);
        addEventListener('error', (e) => seen.push(String(e.message)));
        addEventListener('unhandledrejection', (e) => seen.push(String(e.reason)));
      });
      await page.goto(`${host.origin}/?page=${encodeURIComponent(path)}`);
      const frame = await (await page.waitForSelector('iframe')).contentFrame();
      expect(frame, 'the framed page loaded').not.toBeNull();
      await frame!.waitForLoadState();
      expect(frame!.url().startsWith(origin())).toBe(true);
      await frame!.evaluate(SCROLL_THROUGH);
      await settled(watched, frame!);
      expect(await frame!.evaluate(UNREADABLE)).toEqual([]);
      expect(await frame!.evaluate(() => (window as unknown as { __qaErrors: string[] }).__qaErrors)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });
});
