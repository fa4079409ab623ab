/**
 * Privacy gate: no request leaves the site's own origin, no cookies, and nothing stored but
 * the reader's motion preference, on one page of each template after a reader's worth of
 * interaction; and no built page or stylesheet refers to anything on another origin.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PHONE, browser, foreignRequests, origin, withPage } from '../support/browser';
import { settled } from '../support/signals';
import { DIST, SCROLL_THROUGH, builtPages, templatePages } from './builtPages';

const MOTION_KEY = 'oreshnik-motion';
const pages = builtPages();

describe.each(templatePages().map((p) => [p.path]))('%s', (path) => {
  test('requests nothing from another origin, sets no cookie and stores only the motion preference', { timeout: 120_000 }, async () => {
    await withPage(browser, { viewport: PHONE }, async (watched) => {
      const { context, page, requests } = watched;
      await page.goto(origin() + path);
      await page.evaluate(SCROLL_THROUGH);
      await settled(watched);
      // Use the page's own buttons the way a reader might (copy, cite, motion, timeline filters), never
      // following links away. Clicked from inside the page: a button under the sticky map still runs its handler.
      await page.evaluate(() => {
        const buttons = [...document.querySelectorAll('button')].filter((b) => b.checkVisibility() && !b.disabled);
        for (const button of buttons.slice(0, 20)) button.click();
      });
      await settled(watched);
      const stored = await page.evaluate(async () => ({
        cookie: document.cookie,
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
        databases: (await indexedDB.databases()).map((d) => d.name),
        caches: await caches.keys(),
        serviceWorkers: (await navigator.serviceWorker.getRegistrations()).length,
      }));
      expect(foreignRequests(requests)).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      expect({ ...stored, local: stored.local.filter((key) => key !== MOTION_KEY) }).toEqual({
        cookie: '',
        local: [],
        session: [],
        databases: [],
        caches: [],
        serviceWorkers: 0,
      });
    });
  });
});

const ELSEWHERE = /^(?:https?:)?\/\//i;
/** Links that name a page rather than load it. */
const NOT_LOADED_RELS = /\brel="(?:canonical|alternate|license|author|external|noopener|noreferrer| )+"/;

/** Catches what a test run may not reach: lazy images, print styles, fonts named in CSS. */
test('no built page or stylesheet refers to a resource on another origin', () => {
  const offenders: string[] = [];
  for (const p of pages) {
    for (const [tag] of readFileSync(p.file, 'utf8').matchAll(/<(?:script|img|iframe|source|video|audio|embed|object|link|track|image|use)\b[^>]*>/gi)) {
      if (tag.startsWith('<link') && NOT_LOADED_RELS.test(tag)) continue;
      const urls = [...tag.matchAll(/\s(?:src|href|xlink:href|srcset|data|poster)="([^"]*)"/gi)].flatMap((m) => m[1].split(/,\s*/).map((u) => u.trim()));
      if (urls.some((u) => ELSEWHERE.test(u))) offenders.push(`${p.path}: ${tag.slice(0, 160)}`);
    }
  }
  for (const css of readdirSync(`${DIST}/_astro`).filter((f) => f.endsWith('.css'))) {
    const text = readFileSync(`${DIST}/_astro/${css}`, 'utf8');
    for (const [ref] of text.matchAll(/(?:url\(\s*['"]?|@import\s+['"])(?:https?:)?\/\/[^)'"\s]*/gi)) offenders.push(`${css}: ${ref}`);
  }
  expect(offenders).toEqual([]);
});
