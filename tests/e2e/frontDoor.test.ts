/**
 * What a reader meets first and what a link keeps: the headline, a map and the key facts on the
 * first screen (with and without JS), and an event link whose address survives the page settling.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { browser, origin, PHONE, withPage } from './support/browser';
import { settled } from './support/signals';

const keyFacts = readdirSync('content/key-facts')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(`content/key-facts/${f}`, 'utf8')) as { order: number; text: string });

describe('the first screen answers the question', () => {
  test.each([
    ['390×844, JS on', PHONE, true],
    ['390×844, JS off', PHONE, false],
    ['1280×800, JS on', { width: 1280, height: 800 }, true],
    ['1280×800, JS off', { width: 1280, height: 800 }, false],
  ])('at %s: the headline, a map and the key facts are in view', async (_name, viewport, javaScriptEnabled) => {
    await withPage(browser, { viewport, javaScriptEnabled }, async (watched) => {
      await watched.page.goto(origin() + '/');
      if (javaScriptEnabled) await settled(watched);
      const inView = await watched.page.evaluate(() => {
        const visible = (el: Element | null) => {
          if (!el) return false;
          const r = el.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && r.top >= 0 && r.top < innerHeight - 40;
        };
        return {
          headline: visible(document.querySelector('h1')),
          map: visible(document.querySelector('.front-door__map .sm-image')),
          mapHeight: document.querySelector('.front-door__map .sm-image')?.getBoundingClientRect().height ?? 0,
          mapLoaded: (document.querySelector<HTMLImageElement>('.front-door__map .sm-image')?.naturalWidth ?? 0) > 0,
          keyFacts: visible(document.querySelector('#key-facts-title')),
          firstFact: visible(document.querySelector('.key-facts__item')),
        };
      });
      expect(inView).toMatchObject({ headline: true, map: true, mapLoaded: true, keyFacts: true, firstFact: true });
      expect(inView.mapHeight).toBeGreaterThan(150);
      // Every key fact from content/, in order, each with a link to what it rests on.
      const items = watched.page.locator('.key-facts__item');
      expect(await items.count()).toBe(keyFacts.length);
      const sorted = [...keyFacts].sort((a, b) => a.order - b.order);
      for (const [i, fact] of sorted.entries()) {
        expect(await items.nth(i).textContent()).toContain(fact.text);
        expect(await items.nth(i).locator('.key-facts__sources a').count()).toBeGreaterThan(0);
      }
    });
  });
});

describe('links keep their address', () => {
  test('an event link still names the event once the page has settled, until the reader scrolls', async () => {
    await withPage(browser, { viewport: PHONE }, async (watched) => {
      const { page } = watched;
      await page.goto(origin() + '/#event-oreshnik-strike-lviv');
      await settled(watched);
      // Lazy parts (the map, the timeline) load as the page lands; let them report again.
      await settled(watched);
      expect(new URL(page.url()).hash).toBe('#event-oreshnik-strike-lviv');
      // The reader moves on (a wheel turn) to the first chapter: the address follows the story again.
      await page.mouse.move(PHONE.width / 2, PHONE.height / 2);
      await page.mouse.wheel(0, -PHONE.height);
      await page.evaluate(() => document.querySelector('#the-announcement .step__card')?.scrollIntoView({ block: 'center' }));
      await expect.poll(() => new URL(page.url()).hash, { timeout: 20_000 }).toBe('#the-announcement');
    });
  });
});
