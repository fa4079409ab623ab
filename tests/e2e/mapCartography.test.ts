/**
 * What a reader of any step's live map can rely on, at phone and desktop size: the countries it
 * highlights or is about and the places it highlights are named on screen (the reported site
 * included), a scale bar says how far is far, and the map is drawn across its whole box (no blank
 * band past the basemap). One page per size walks every step with the story's own "j" key.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { browser, origin, PHONE, withPage } from './support/browser';
import { liveMapShowing } from './support/signals';
import { decodePng } from './support/pngPixels';
import { storyData } from './support/storyData';
import { requiredNames } from '../../src/lib/map/mapLabels';
import { COLOURS } from '../../src/lib/design/tokens';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
/** The page's paper: what shows where no map is drawn. */
const PAPER = rgb(COLOURS.paper);

/** Share of the map's box (cards, legend and scale bar hidden for the shot) that is blank paper, no map. */
async function blankShare(page: Page): Promise<number> {
  // Through the CSSOM: the page's Content Security Policy refuses an added stylesheet. The scale
  // bar's white box over pale land is as light as the paper.
  const over = '.chapter__card, [data-map-legend], [data-progress], [data-map-live] .maplibregl-ctrl-scale';
  await page.$$eval(over, (els) => els.forEach((el) => ((el as HTMLElement).style.visibility = 'hidden')));
  // The part of the map's box in the window (a sticky box may reach below it).
  const box = (await page.locator('[data-map-live]').boundingBox())!;
  const size = page.viewportSize()!;
  const [top, bottom] = [Math.max(0, box.y), Math.min(size.height, box.y + box.height)];
  const png = decodePng(await page.screenshot({ clip: { x: Math.max(0, box.x), y: top, width: Math.min(size.width, box.x + box.width) - Math.max(0, box.x), height: bottom - top } }));
  await page.$$eval(over, (els) => els.forEach((el) => (el as HTMLElement).style.removeProperty('visibility')));
  let blank = 0;
  let all = 0;
  // Every 8th pixel each way: plenty to find a band.
  for (let y = 0; y < png.height; y += 8) {
    for (let x = 0; x < png.width; x += 8) {
      all++;
      const c = png.at(x, y);
      if (Math.hypot(c[0] - PAPER[0], c[1] - PAPER[1], c[2] - PAPER[2]) < 3) blank++;
    }
  }
  return blank / all;
}

/** The live map rests on the given step (liveMap.ts sets data-showing, data-showing-step and data-map="idle"). */
const stepShown = (page: Page, chapter: string, step: string) =>
  page.waitForFunction(([c, s]) => {
    const live = document.querySelector<HTMLElement>('[data-map-live]');
    return live?.dataset.showing === c && live.dataset.showingStep === s && live.dataset.map === 'idle';
  }, [chapter, step]);

/** The names of the labels a reader sees: laid out (not crowded) and inside the map's box and the window. */
const shownNames = (page: Page) =>
  page.$$eval('[data-map-live] .map-label:not(.is-crowded)', (els) => {
    const map = document.querySelector('[data-map-live]')!.getBoundingClientRect();
    const [top, bottom] = [Math.max(0, map.top), Math.min(innerHeight, map.bottom)];
    return els
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.left >= map.left - 1 && r.right <= map.right + 1 && r.top >= top - 1 && r.bottom <= bottom + 1;
      })
      .map((el) => el.firstChild?.textContent?.trim().toLowerCase() ?? '');
  });

describe('every step map names what it is about, has a scale and no blank band', () => {
  test.each([
    ['390×844', PHONE],
    ['1280×800', { width: 1280, height: 800 }],
  ])('at %s', { timeout: 300_000 }, async (_size, viewport) => {
    await withPage(browser, { viewport, reducedMotion: 'reduce' }, async ({ page }) => {
      await page.goto(origin() + '/');
      const data = await storyData(page);
      const [first] = data.chapters;
      await page.goto(`${origin()}/#${first.id}`);
      await liveMapShowing(page, first.id);
      const unnamed: string[] = [];
      const blank: string[] = [];
      let visited = 0;
      for (const { id, steps } of data.chapters) {
        for (const step of steps) {
          // The story's own next-step key; the first step is already shown.
          if (visited++ > 0) await page.keyboard.press('j');
          await stepShown(page, id, step.id);
          const where = `${id}/${step.id}`;
          const shown = await shownNames(page);
          for (const name of requiredNames(step.map)) if (!shown.includes(name.toLowerCase())) unnamed.push(`${where}: ${name}`);

          const scale = page.locator('[data-map-live] .maplibregl-ctrl-scale');
          expect(await scale.isVisible(), `${where}: scale bar`).toBe(true);
          expect(await scale.textContent(), `${where}: scale bar`).toMatch(/^\d[\d,]*\s?k?m$/);

          const share = await blankShare(page);
          if (share > 0.01) blank.push(`${where}: ${Math.round(share * 100)}% of the map is blank`);
        }
      }
      expect(visited).toBe(data.chapters.reduce((n, c) => n + c.steps.length, 0));
      expect([...blank, ...unnamed].join('\n')).toBe('');
    });
  });
});
