import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, foreignRequests, launch, openPage, origin } from './support/browser';

// Software WebGL on two cores: MapLibre can take a while to start here.
const MAP_READY_MS = 90_000;
const SLOW = 150_000;
const MAPLIBRE_CODE = /liveMap|maplibre-gl/;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const waitForLiveChapter = (page: Page, chapter: string) =>
  page.waitForFunction((id) => {
    const live = document.querySelector<HTMLElement>('[data-map-live]');
    return live?.dataset.ready === 'true' && live.dataset.showing === id;
  }, chapter, { timeout: MAP_READY_MS });

/** Average colour of the WebGL canvas around a point given in page coordinates. */
function canvasColour(page: Page, at: { x: number; y: number }) {
  return page.evaluate(({ x, y }) => {
    const canvas = document.querySelector<HTMLCanvasElement>('[data-map-live] canvas')!;
    const rect = canvas.getBoundingClientRect();
    const scale = canvas.width / rect.width;
    const copy = document.createElement('canvas');
    copy.width = canvas.width;
    copy.height = canvas.height;
    const ctx = copy.getContext('2d')!;
    ctx.drawImage(canvas, 0, 0);
    const size = 9;
    const data = ctx.getImageData(Math.round((x - rect.left) * scale) - 4, Math.round((y - rect.top) * scale) - 4, size, size).data;
    const sum = [0, 0, 0];
    for (let i = 0; i < data.length; i += 4) for (let c = 0; c < 3; c++) sum[c] += data[i + c];
    return sum.map((v) => v / (size * size));
  }, at);
}

/** The projected middle of a country: where the map puts its HTML name label. */
async function labelCentre(page: Page, name: string) {
  const box = await page.locator('.map-label--country', { hasText: name }).first().boundingBox();
  if (!box) throw new Error(`no label for ${name}`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const distance = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - b[i]));
// The highlight fill (scripts/map/liveMap.ts) under its hatching, and the unhighlighted base fill.
const BELARUS_HIGHLIGHT = hex('#e59a92');
const BELARUS_BASE = hex('#f1d8d4');

describe('the story map', () => {
  test('does not load MapLibre with the first view, only once the reader reaches the story', { timeout: SLOW }, async () => {
    const { page, requests, context } = await openPage(browser, { viewport: DESKTOP });
    await page.goto(origin() + '/', { waitUntil: 'networkidle' });
    await page.waitForTimeout(1000);
    expect(requests.filter((u) => MAPLIBRE_CODE.test(u))).toEqual([]);
    const loaded = page.waitForRequest((r) => MAPLIBRE_CODE.test(r.url()), { timeout: 30_000 });
    await page.locator('[data-chapter] .chapter__card').first().scrollIntoViewIfNeeded();
    await expect(loaded).resolves.toBeTruthy();
    await context.close();
  });

  test('renders Belarus in its highlight colour, changes with the chapter, and asks no other origin for anything', { timeout: SLOW }, async () => {
    const { page, requests, errors, context } = await openPage(browser, { viewport: DESKTOP });
    await page.goto(origin() + '/#the-announcement', { waitUntil: 'networkidle' });
    await waitForLiveChapter(page, 'the-announcement');
    await page.waitForTimeout(1500);
    const belarus = await labelCentre(page, 'Belarus');
    const highlighted = await canvasColour(page, belarus);
    // Hatching darkens the fill a little; the colour must still be far closer to the highlight than to the base.
    expect(distance(highlighted, BELARUS_HIGHLIGHT)).toBeLessThan(distance(highlighted, BELARUS_BASE));
    expect(distance(highlighted, BELARUS_HIGHLIGHT)).toBeLessThan(45);

    // Chapter 4 shows the reported site and leaves Belarus unhighlighted.
    await page.$eval('#where-it-is .chapter__card', (card) => {
      window.scrollTo({ top: card.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3, behavior: 'instant' });
    });
    await waitForLiveChapter(page, 'where-it-is');
    await page.waitForTimeout(2500);
    await expect(page.locator('.map-label--site').first()).toBeTruthy();
    expect(await page.locator('.map-label--site').count()).toBeGreaterThan(0);
    expect(await page.locator('.map-label--country', { hasText: 'Belarus' }).count()).toBe(0);
    const after = await canvasColour(page, belarus);
    expect(distance(after, BELARUS_HIGHLIGHT)).toBeGreaterThan(distance(after, BELARUS_BASE));

    expect(foreignRequests(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('without WebGL the static map stays, with a note and no errors', { timeout: SLOW }, async () => {
    const noGl = await launch(['--disable-webgl', '--disable-3d-apis']);
    try {
      const { page, requests, errors } = await openPage(noGl, { viewport: DESKTOP });
      await page.goto(origin() + '/#where-it-is', { waitUntil: 'networkidle' });
      const note = page.locator('[data-map-note]');
      await note.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await note.textContent()).toMatch(/static/);
      const staticMap = page.locator('[data-map-static] svg');
      expect(await staticMap.isVisible()).toBe(true);
      const box = await staticMap.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      // The sticky static map follows the chapter: it shows the reported site's area of uncertainty.
      await page.waitForFunction(() => document.querySelector('[data-map-static] .sm-area') !== null, null, { timeout: 10_000 });
      expect(requests.filter((u) => MAPLIBRE_CODE.test(u))).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await noGl.close();
    }
  });

  test('each chapter offers its map as a list, with unlocated places named and never drawn', { timeout: SLOW }, async () => {
    const { page, context } = await openPage(browser, { viewport: DESKTOP, javaScriptEnabled: false });
    await page.goto(origin() + '/');
    const chapters = await page.$$eval('[data-static-map]', (figures) =>
      figures.map((f) => ({ list: f.querySelector('details')?.textContent ?? '', drawn: f.querySelector('svg.sm')?.textContent ?? '' })),
    );
    const data = JSON.parse(await page.$eval('#story-data', (e) => e.textContent ?? '{}')) as {
      chapters: { map: { unlocated: { name: string }[]; points: { name: string; uncertaintyKm?: number }[] } }[];
    };
    expect(chapters.length).toBe(data.chapters.length);
    data.chapters.forEach(({ map }, i) => {
      for (const u of map.unlocated) {
        expect(chapters[i].list).toContain(`${u.name}: No map position`);
        expect(chapters[i].drawn).not.toContain(u.name);
      }
      for (const p of map.points) expect(chapters[i].list).toContain(p.name);
      for (const p of map.points.filter((p) => p.uncertaintyKm)) expect(chapters[i].list).toMatch(/Drawn as an area about \d+ km/);
    });
    await context.close();
  });
});
