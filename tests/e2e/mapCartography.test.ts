/**
 * What a reader of any step's live map can rely on, at phone and desktop size: the countries it
 * highlights or is about and the places it highlights are named on screen (the reported site
 * included), any leader to a called-out name is short, a scale bar says how far is far, and the map is drawn
 * across its whole box (no blank band past the basemap). One page per size walks every step with
 * the story's own "j" key.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { browser, origin, PHONE, withPage } from './support/browser';
import { liveMapShowing } from './support/signals';
import { decodePng } from './support/pngPixels';
import { storyData } from './support/storyData';
import { requiredNames } from '../../src/lib/map/mapLabels';
import { CALLOUT_REACH } from '../../src/lib/map/labelLayout';
import { COLOURS } from '../../src/lib/design/tokens';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
/** The page's paper: what shows where no map is drawn. */
const PAPER = rgb(COLOURS.paper);
/** Cards, legend, progress bar and scale bar: hidden for the blank-band shot (the scale bar's white box over pale land is as light as the paper). */
const OVER = '.chapter__card, [data-map-legend], [data-progress], [data-map-live] .maplibregl-ctrl-scale';

/** Share of the map's box (with what lies over it hidden) that is blank paper, no map. */
async function blankShare(page: Page): Promise<number> {
  // Through the CSSOM: the page's Content Security Policy refuses an added stylesheet.
  const clip = await page.evaluate((over) => {
    document.querySelectorAll<HTMLElement>(over).forEach((el) => (el.style.visibility = 'hidden'));
    // The part of the map's box in the window (a sticky box may reach below it).
    const r = document.querySelector('[data-map-live]')!.getBoundingClientRect();
    const [x, y] = [Math.max(0, r.left), Math.max(0, r.top)];
    return { x, y, width: Math.min(innerWidth, r.right) - x, height: Math.min(innerHeight, r.bottom) - y };
  }, OVER);
  const png = decodePng(await page.screenshot({ clip }));
  await page.$$eval(OVER, (els) => els.forEach((el) => (el as HTMLElement).style.removeProperty('visibility')));
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

interface Shown {
  /** The names of the labels a reader sees: laid out (not crowded), inside the map's box and the window. */
  labels: string[];
  /** Leader lines' lengths, in label line heights. */
  leaders: number[];
  scale: { visible: boolean; text: string; under: string[] };
  /** The map's visible extent: west, south, east, north. */
  bounds: string;
}

/** Everything the checks read from one step, in one trip to the page. */
const readStep = (page: Page): Promise<Shown> =>
  page.evaluate(() => {
    const live = document.querySelector<HTMLElement>('[data-map-live]')!;
    const map = live.getBoundingClientRect();
    const [top, bottom] = [Math.max(0, map.top), Math.min(innerHeight, map.bottom)];
    const labels = [...live.querySelectorAll<HTMLElement>('.map-label:not(.is-crowded)')].flatMap((el) => {
      const r = el.getBoundingClientRect();
      const seen = r.width > 0 && r.left >= map.left - 1 && r.right <= map.right + 1 && r.top >= top - 1 && r.bottom <= bottom + 1;
      return seen ? [el.firstChild?.textContent?.trim().toLowerCase() ?? ''] : [];
    });
    const lineHeight = parseFloat(getComputedStyle(live.querySelector('.map-label') ?? live).lineHeight) || 15;
    const leaders = [...live.querySelectorAll('.map-leaders line')].map((l) => {
      const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(l.getAttribute(a)));
      return Math.hypot(x2 - x1, y2 - y1) / lineHeight;
    });
    const scale = live.querySelector<HTMLElement>('.maplibregl-ctrl-scale');
    const s = scale?.getBoundingClientRect();
    // What else sits in the map's corners: the scale bar is under none of it.
    const under = [...document.querySelectorAll<HTMLElement>('[data-map-explore] button, [data-map-legend]')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return s && r.width > 0 && r.left < s.right && s.left < r.right && r.top < s.bottom && s.top < r.bottom;
      })
      .map((el) => el.textContent?.trim().slice(0, 20) ?? '');
    return { labels, leaders, scale: { visible: Boolean(scale?.offsetWidth), text: scale?.textContent ?? '', under }, bounds: live.dataset.mapBounds ?? '' };
  });

describe('every step map names what it is about with short leaders, has a scale clear of the buttons and no blank band', () => {
  test.each([
    ['390×844', PHONE],
    ['1280×800', { width: 1280, height: 800 }],
  ])('at %s', { timeout: 300_000 }, async (_size, viewport) => {
    await withPage(browser, { viewport, reducedMotion: 'reduce' }, async ({ page }) => {
      await page.goto(origin() + '/');
      const data = await storyData(page);
      const [first] = data.chapters;
      // The map's code loads when the story is reached: going to the first chapter starts it.
      await page.goto(`${origin()}/#${first.id}`);
      await liveMapShowing(page, first.id);
      const problems: string[] = [];
      // The basemap's cover depends on the visible extent only: each extent is shot once.
      const shot = new Set<string>();
      let visited = 0;
      for (const { id, steps } of data.chapters) {
        for (const step of steps) {
          // The story's own next-step key; the first step is already shown.
          if (visited++ > 0) await page.keyboard.press('j');
          await stepShown(page, id, step.id);
          const where = `${id}/${step.id}`;
          const { labels, leaders, scale, bounds } = await readStep(page);
          for (const name of requiredNames(step.map)) if (!labels.includes(name.toLowerCase())) problems.push(`${where}: ${name} not named`);
          const longest = Math.max(0, ...leaders);
          if (longest > CALLOUT_REACH.at(-1)! + 0.5) problems.push(`${where}: a leader ${longest.toFixed(1)} lines long`);
          if (!scale.visible || !/^\d[\d,]*\s?k?m$/.test(scale.text)) problems.push(`${where}: scale bar "${scale.text}"`);
          if (scale.under.length) problems.push(`${where}: scale bar under ${scale.under.join(', ')}`);
          if (!shot.has(bounds)) {
            shot.add(bounds);
            const share = await blankShare(page);
            if (share > 0.01) problems.push(`${where}: ${Math.round(share * 100)}% of the map is blank`);
          }
        }
      }
      expect(visited).toBe(data.chapters.reduce((n, c) => n + c.steps.length, 0));
      expect(problems.join('\n')).toBe('');
    });
  });
});
