/**
 * Chapter 2's range map, as a reader sees it on a phone and on a desktop: the 5,500 km estimate
 * with who reported it, and capitals with their distances, in view on the live map.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { browser, DESKTOP, PHONE, origin, withPage } from './support/browser';

// Software WebGL on two cores: MapLibre can take a while to start here.
const MAP_READY_MS = 180_000;
const SLOW = 150_000;


/** The live map has come to rest on the chapter, its labels laid out (liveMap.ts sets data-map="idle"). */
const waitForIdleChapter = (page: Page, chapter: string) =>
  page.waitForFunction(
    (id) => {
      const live = document.querySelector<HTMLElement>('[data-map-live]');
      return live?.dataset.map === 'idle' && live.dataset.showing === id;
    },
    chapter,
    { timeout: MAP_READY_MS },
  );

/** Labels of a kind that are shown (not crowded out) and lie wholly inside the viewport. */
const labelsInView = (page: Page, kind: string) =>
  page.evaluate((k) => {
    const w = window.innerWidth;
    const h = window.innerHeight;
    return [...document.querySelectorAll<HTMLElement>(`.map-label--${k}`)]
      .filter((el) => getComputedStyle(el).visibility !== 'hidden')
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.left >= 0 && r.top >= 0 && r.right <= w && r.bottom <= h;
      })
      .map((el) => el.innerText.replace(/\s+/g, ' ').trim());
  }, kind);

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const)('the range map on a %s', (_name, viewport) => {
  test(
    'shows the 5,500 km estimate with who reported it, and at least five capitals with their distances',
    async () => {
      await withPage(browser, { viewport }, async ({ page }) => {
        await page.goto(origin() + '/#what-oreshnik-is/how-far');
        await waitForIdleChapter(page, 'what-oreshnik-is');
        const rings = await labelsInView(page, 'ring');
        expect(rings).toContainEqual(expect.stringMatching(/Up to 5,500 km.*estimate reported by Reuters/));
        const capitals = await labelsInView(page, 'distance');
        expect(capitals.filter((t) => /[\d,]+ km away/.test(t)).length, capitals.join(' | ')).toBeGreaterThanOrEqual(5);
      });
    },
    SLOW,
  );
});

test(
  'the Lviv strike chapter draws its path with who says where it was launched from',
  async () => {
    await withPage(browser, { viewport: DESKTOP }, async ({ page }) => {
      await page.goto(origin() + '/#reactions/lviv-strike');
      await waitForIdleChapter(page, 'reactions');
      expect(await labelsInView(page, 'path')).toContainEqual(expect.stringMatching(/Launches from Kapustin Yar.*Ukraine's Air Force warned/));
    });
  },
  SLOW,
);
