import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, browser, foreignRequests, noWebglBrowser, origin, withPage } from './support/browser';
import { liveMapShowing, settled } from './support/signals';
import { decodePng } from './support/pngPixels';
import { storyData } from './support/storyData';
import type { MapView } from '../../src/lib/map/mapView';
import { dotsOf, mapLabels } from '../../src/lib/map/mapLabels';
import { byPriority } from '../../src/lib/map/labelLayout';

const SLOW = 150_000;
const MAPLIBRE_CODE = /liveMap|maplibre-gl/;

/**
 * Average colour the reader sees in a 9 px square around a point (viewport coordinates), from a
 * screenshot: the live map's canvas is not read back (it keeps no drawing buffer).
 */
async function screenColour(page: Page, at: { x: number; y: number }) {
  const pixels = decodePng(await page.screenshot({ clip: { x: Math.round(at.x) - 4, y: Math.round(at.y) - 4, width: 9, height: 9 } }));
  const sum = [0, 0, 0];
  for (let y = 0; y < pixels.height; y++) for (let x = 0; x < pixels.width; x++) pixels.at(x, y).forEach((v, c) => (sum[c] += v));
  return sum.map((v) => v / (pixels.width * pixels.height));
}

/** A point of a country's fill: just under its HTML name label, which sits at the country's projected middle. */
async function underLabel(page: Page, name: string) {
  const box = await page.locator('.map-label--country', { hasText: name }).first().boundingBox();
  if (!box) throw new Error(`no label for ${name}`);
  return { x: box.x + box.width / 2, y: box.y + box.height + 10 };
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const mercator = (lat: number) => (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/**
 * Where the live map puts a longitude/latitude on screen: Web Mercator over the extent the map
 * reports once it rests (data-map-bounds). Checked against what it drew: every label, as the
 * reader's eye would, must sit at its place's projected point plus its known offset (a label moved
 * to the other side of its point, is-flipped, mirrors that offset).
 */
async function screenProjection(page: Page, view: MapView) {
  const { frame, bounds } = await page.$eval('[data-map-live]', (el) => {
    const r = el.getBoundingClientRect();
    return {
      frame: { left: r.left + el.clientLeft, top: r.top + el.clientTop, width: el.clientWidth, height: el.clientHeight },
      bounds: (el as HTMLElement).dataset.mapBounds ?? '',
    };
  });
  const [w, s, e, n] = bounds.split(',').map(Number);
  const project = ([lon, lat]: [number, number]) => ({
    x: frame.left + (frame.width * (lon - w)) / (e - w),
    y: frame.top + (frame.height * (mercator(n) - mercator(lat))) / (mercator(n) - mercator(s)),
  });
  const labels = mapLabels(view).sort(byPriority);
  const boxes = await page.$$eval('[data-map-live] .map-label', (els) =>
    els.map(
      (el) =>
        ({
          ...el.getBoundingClientRect().toJSON(),
          flipped: el.classList.contains('is-flipped'),
          // Slid, raised or hidden labels are placed off their anchor by design: they say nothing about the projection.
          moved: ['is-slid-left', 'is-slid-right', 'is-above', 'is-crowded', 'is-moved'].some((c) => el.classList.contains(c)),
        }) as Box & { flipped: boolean; moved: boolean },
    ),
  );
  expect(boxes.length).toBe(labels.length);
  const anchored = labels.map((label, i) => ({ label, b: boxes[i] })).filter(({ label, b }) => !b.moved && !label.slides);
  const misses = anchored.map(({ label, b }) => {
    const dx = b.flipped ? -label.offset[0] : label.offset[0];
    const x = label.anchor === 'center' ? (b.left + b.right) / 2 : (label.anchor === 'left') !== b.flipped ? b.left - dx : b.right - dx;
    const at = project(label.at);
    return Math.hypot(at.x - x, at.y - (b.top + b.bottom) / 2);
  });
  return { project, misfit: Math.max(...misses), labels: misses.length };
}

/** Shown labels that cover another place's dot, and the ids of the shown labels. */
async function labelsOverDots(page: Page, view: MapView, project: (at: [number, number]) => { x: number; y: number }) {
  const labels = mapLabels(view).sort(byPriority);
  const boxes = await page.$$eval('[data-map-live] .map-label', (els) =>
    els.map((el) => ({ ...el.getBoundingClientRect().toJSON(), shown: !el.classList.contains('is-crowded') }) as Box & { shown: boolean }),
  );
  // The dot's fill radius, less a little for the projection's misfit.
  const r = 4;
  const covers: string[] = [];
  const shown: string[] = [];
  labels.forEach((label, i) => {
    if (!boxes[i].shown) return;
    shown.push(label.id);
    for (const dot of dotsOf(view).filter((d) => d.id !== label.id)) {
      const { x, y } = project(dot.at);
      if (x > boxes[i].left - r && x < boxes[i].right + r && y > boxes[i].top - r && y < boxes[i].bottom + r) covers.push(`"${label.text}" covers ${dot.id}`);
    }
  });
  return { covers, shown };
}

const hex = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
const distance = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - b[i]));
// The highlight fill (scripts/map/liveMap.ts) under its hatching, and the unhighlighted base fill.
const BELARUS_HIGHLIGHT = hex('#e59a92');
const BELARUS_BASE = hex('#f1d8d4');

describe('the story map', () => {
  test('does not load MapLibre with the first view, only once the reader reaches the story', { timeout: SLOW }, async () => {
    await withPage(browser, { viewport: DESKTOP }, async (watched) => {
      const { page, requests } = watched;
      await page.goto(origin() + '/');
      // Loaded, the story listening, every request answered: the first view is complete.
      await settled(watched);
      expect(await page.evaluate(() => document.documentElement.dataset.mapMode)).toBeUndefined();
      expect(requests.filter((u) => MAPLIBRE_CODE.test(u))).toEqual([]);
      const loaded = page.waitForRequest((r) => MAPLIBRE_CODE.test(r.url()), { timeout: 30_000 });
      await page.locator('[data-chapter] .step__card').first().scrollIntoViewIfNeeded();
      expect((await loaded).url()).toMatch(MAPLIBRE_CODE);
    });
  });

  test('renders Belarus in its highlight colour, changes with the chapter, and asks no other origin for anything', { timeout: SLOW }, async () => {
    await withPage(browser, { viewport: DESKTOP }, async ({ page, requests, errors }) => {
      await page.goto(origin() + '/#the-announcement');
      await liveMapShowing(page, 'the-announcement');
      const belarus = await underLabel(page, 'Belarus');
      const highlighted = await screenColour(page, belarus);
      // Hatching darkens the fill a little; the colour must still be far closer to the highlight than to the base.
      expect(distance(highlighted, BELARUS_HIGHLIGHT)).toBeLessThan(distance(highlighted, BELARUS_BASE));
      expect(distance(highlighted, BELARUS_HIGHLIGHT)).toBeLessThan(45);

      // Chapter 4's step on Krichev shows the reported site and leaves Belarus unhighlighted. The
      // reader moves (a wheel turn): until then the story holds the chapter the link named.
      await page.mouse.move(DESKTOP.width / 2, DESKTOP.height / 2);
      await page.mouse.wheel(0, 40);
      await page.$eval('[id="where-it-is/krichev"] .step__card', (card) => {
        window.scrollTo({ top: card.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.3, behavior: 'instant' });
      });
      await liveMapShowing(page, 'where-it-is');
      expect(await page.locator('.map-label--site').count()).toBeGreaterThan(0);
      // Still named (the chapter's places are in it), no longer highlighted: the colour tells.
      expect(await page.locator('.map-label--country', { hasText: 'Belarus' }).count()).toBe(1);
      const after = await screenColour(page, belarus);
      expect(distance(after, BELARUS_HIGHLIGHT)).toBeGreaterThan(distance(after, BELARUS_BASE));

      expect(foreignRequests(requests)).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  // Each chapter visited once per size; on a phone, where space is scarcest, labels must also leave every dot uncovered.
  test.each([
    ['390×844', PHONE, true],
    ['320×568', { width: 320, height: 568 }, false],
    ['1280×800', { width: 1280, height: 800 }, false],
  ])('at %s, every chapter shows the places it fits inside the map’s box, clear of the progress bar and the legend', { timeout: 300_000 }, async (_size, viewport, checkDots) => {
    await withPage(browser, { viewport, reducedMotion: 'reduce' }, async ({ page }) => {
      await page.goto(origin() + '/');
      const data = await storyData(page);
      const misplaced: string[] = [];
      const covered: string[] = [];
      const named: string[] = [];
      for (const { id, steps: [{ map }] } of data.chapters) {
        // As a reader arrives: by the chapter's link.
        await page.evaluate((chapter) => (location.hash = chapter), id);
        await liveMapShowing(page, id);
        const { project, misfit, labels } = await screenProjection(page, map);
        expect(labels, `${id}: labels to check the projection against`).toBeGreaterThanOrEqual(1);
        expect(misfit, `${id}: the labels sit where the map's reported extent puts their places`).toBeLessThan(3);
        if (checkDots) {
          const { covers, shown } = await labelsOverDots(page, map, project);
          covered.push(...covers.map((c) => `${id}: ${c}`));
          if (id === 'what-oreshnik-is') named.push(...shown);
        }
        const [[w, s], [e, n]] = map.bounds;
        const topLeft = project([w, n]);
        const bottomRight = project([e, s]);
        const fitted = { left: topLeft.x, top: topLeft.y, right: bottomRight.x, bottom: bottomRight.y };
        // The map's own box (no text over it in this layout), less the progress bar over its top.
        const free = await page.evaluate(() => {
          const box = (el: Element | null) => el!.getBoundingClientRect();
          const map = box(document.querySelector('[data-story-graphic]'));
          const legend = box(document.querySelector('[data-map-legend]'));
          return {
            area: { left: map.left, top: Math.max(map.top, box(document.querySelector('[data-progress]')).bottom), right: map.right, bottom: Math.min(map.bottom, innerHeight) },
            legend: { left: legend.left, top: legend.top, right: legend.right, bottom: legend.bottom },
          };
        });
        const slack = 2;
        const inside =
          fitted.left >= free.area.left - slack && fitted.right <= free.area.right + slack && fitted.top >= free.area.top - slack && fitted.bottom <= free.area.bottom + slack;
        const clearOfLegend =
          fitted.right <= free.legend.left + slack || fitted.bottom <= free.legend.top + slack || fitted.left >= free.legend.right || fitted.top >= free.legend.bottom;
        if (!inside || !clearOfLegend) {
          const r = (b: Box) => `[${[b.left, b.top, b.right, b.bottom].map(Math.round).join(', ')}]`;
          misplaced.push(`${id}: places fitted at ${r(fitted)}, free area ${r(free.area)}, legend ${r(free.legend)}`);
        }
      }
      expect(misplaced).toEqual([]);
      expect(covered).toEqual([]);
      if (checkDots) expect(named).toContain('dnipro-strike');
    });
  });

  test('the legend is a compact disclosure on a small phone, open on a wide screen, and keyboard-operable when exploring', { timeout: SLOW }, async () => {
    await withPage(browser, { viewport: { width: 320, height: 568 }, reducedMotion: 'reduce' }, async ({ page }) => {
      await page.goto(origin() + '/#natos-eastern-flank');
      await liveMapShowing(page, 'natos-eastern-flank');
      const legend = page.locator('[data-map-legend]');
      const toggle = legend.locator('[data-legend-toggle]');
      const list = legend.locator('[data-legend-list]');
      expect(await toggle.textContent()).toMatch(/^Legend \(\d+\)$/);
      const shut = (await legend.boundingBox())!;
      expect(shut.height).toBeLessThanOrEqual(44);
      expect(shut.width).toBeLessThan(320 / 2);
      expect(await list.isVisible()).toBe(false);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      // Like the map it keys, out of the tab order and hidden from assistive tech during the story.
      expect(await toggle.getAttribute('tabindex')).toBe('-1');
      expect(await legend.getAttribute('aria-hidden')).toBe('true');
    });

    await withPage(browser, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' }, async ({ page }) => {
      await page.goto(origin() + '/#deterrence-or-dependence');
      await liveMapShowing(page, 'deterrence-or-dependence');
      const legend = page.locator('[data-map-legend]');
      const toggle = legend.locator('[data-legend-toggle]');
      const list = legend.locator('[data-legend-list]');
      const expanded = (value: string) =>
        page.waitForFunction((v) => document.querySelector('[data-legend-toggle]')?.getAttribute('aria-expanded') === v, value, { timeout: 5000 });
      expect(await list.isVisible()).toBe(true);
      await expanded('true');
      // A click shuts it during the story…
      await toggle.click();
      expect(await list.isVisible()).toBe(false);
      await expanded('false');
      // …and exploring exposes it to the keyboard: from "Back to the story" (focused on entry),
      // Shift+Tab reaches the button and Enter opens the list.
      await page.locator('[data-explore-start]').click();
      expect(await legend.getAttribute('aria-hidden')).toBeNull();
      let reached = false;
      for (let i = 0; i < 5 && !reached; i++) {
        await page.keyboard.press('Shift+Tab');
        reached = await toggle.evaluate((el) => el === document.activeElement);
      }
      expect(reached).toBe(true);
      await page.keyboard.press('Enter');
      expect(await list.isVisible()).toBe(true);
      await expanded('true');
      await page.keyboard.press('Escape');
      expect(await toggle.getAttribute('tabindex')).toBe('-1');
      expect(await legend.getAttribute('aria-hidden')).toBe('true');
    });
  });

  test('the live map appears only once it has drawn a view (no flash of bare sea), and nothing shifts', { timeout: SLOW }, async () => {
    await withPage(browser, { viewport: PHONE }, async ({ page }) => {
      await page.addInitScript(() => {
        const seen = { frames: 0, blank: 0, shifts: 0 };
        (window as unknown as { mapReveal: typeof seen }).mapReveal = seen;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; sources: { node?: Node }[] })[]) {
            if (entry.sources.some((s) => s.node?.parentElement?.closest('[data-story-graphic]'))) seen.shifts += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // The sea and the off-map paper of the live map's style: an opaque canvas of only these
        // hides the static map behind it and shows nothing (a transparent one hides nothing).
        const blank = [
          [0xe3, 0xeb, 0xef],
          [0xfb, 0xfa, 0xf7],
        ];
        const sample = document.createElement('canvas');
        sample.width = sample.height = 24;
        const check = () => {
          const live = document.querySelector<HTMLElement>('[data-map-live]');
          const canvas = live?.querySelector('canvas');
          if (live && canvas && getComputedStyle(live).visibility === 'visible') {
            const ctx = sample.getContext('2d', { willReadFrequently: true })!;
            ctx.clearRect(0, 0, 24, 24);
            ctx.drawImage(canvas, 0, 0, 24, 24);
            const px = ctx.getImageData(0, 0, 24, 24).data;
            let opaque = 0;
            let drawn = 0;
            for (let i = 0; i < px.length; i += 4) {
              if (px[i + 3] < 200) continue;
              opaque++;
              if (!blank.some((c) => Math.hypot(px[i] - c[0], px[i + 1] - c[1], px[i + 2] - c[2]) < 4)) drawn++;
            }
            seen.frames++;
            if (opaque > 24 * 24 * 0.9 && drawn < 24 * 24 * 0.1) seen.blank++;
          }
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      await page.goto(origin() + '/#the-announcement');
      await liveMapShowing(page, 'the-announcement');
      // Frames sampled since the live map was shown: the reveal has been watched.
      await page.waitForFunction(() => (window as unknown as { mapReveal: { frames: number } }).mapReveal.frames > 0);
      const seen = await page.evaluate(() => (window as unknown as { mapReveal: { frames: number; blank: number; shifts: number } }).mapReveal);
      expect(seen.frames).toBeGreaterThan(0);
      expect(seen.blank).toBe(0);
      expect(seen.shifts).toBe(0);
      expect(await page.locator('[data-map-static]').isVisible()).toBe(false);
    });
  });

  test('without WebGL the static map stays, with a note and no errors', { timeout: SLOW }, async () => {
    await withPage(await noWebglBrowser(), { viewport: DESKTOP }, async (watched) => {
      const { page, requests, errors } = watched;
      await page.goto(origin() + '/#where-it-is');
      const note = page.locator('[data-map-note]');
      await note.waitFor({ state: 'visible', timeout: 30_000 });
      expect(await note.textContent()).toMatch(/static/);
      const staticMap = page.locator('[data-map-static] > :is(svg, img)');
      expect(await staticMap.isVisible()).toBe(true);
      const box = await staticMap.boundingBox();
      expect(box!.width).toBeGreaterThan(300);
      // The sticky static map follows the chapter (the story page links its maps as images): it is
      // that chapter's drawing, with the reported site's area of uncertainty.
      await page.waitForFunction(() => {
        const img = document.querySelector<HTMLImageElement>('[data-map-static] img');
        return img?.src.endsWith('/where-it-is.svg') && img.naturalWidth > 0;
      }, null, { timeout: 10_000 });
      const drawing = await page.evaluate(() => fetch(document.querySelector<HTMLImageElement>('[data-map-static] img')!.src).then((r) => r.text()));
      expect(drawing).toContain('class="sm-area"');
      await settled(watched);
      expect(await page.evaluate(() => document.documentElement.dataset.mapMode)).toBe('static');
      expect(requests.filter((u) => MAPLIBRE_CODE.test(u))).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  test('each chapter offers its map as a list, with unlocated places named and never drawn', { timeout: SLOW }, async () => {
    await withPage(browser, { viewport: DESKTOP, javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(origin() + '/');
      const listed = await page.$$eval('.story [data-static-map]', (figures) =>
        figures.map((f) => {
          const items = [...f.querySelectorAll('details li')].map((li) => li.textContent ?? '');
          return {
            items,
            drawn: f.querySelector('svg.sm')?.textContent ?? '',
            image: f.querySelector<HTMLImageElement>('img.sm-image')?.src,
            unlocated: items.filter((t) => t.includes('No map position')).map((t) => t.split(':')[0].trim()),
          };
        }),
      );
      // The story page links its maps as images: what they draw is in the files.
      const figures = await Promise.all(listed.map(async (f) => ({ ...f, drawn: f.image ? await (await fetch(f.image)).text() : f.drawn })));
      expect(figures.length).toBe(await page.locator('[data-chapter]').count());
      for (const f of figures) {
        expect(f.items.length).toBeGreaterThan(0);
        for (const name of f.unlocated) expect(f.drawn).not.toContain(name);
        for (const area of f.items.filter((t) => t.includes('Drawn as an area'))) expect(area).toMatch(/Drawn as an area about \d+ km/);
      }
    });
  });

  test("a place's note and sources are in the first chapter's list that shows it; later lists link there, and the link lands on them", async () => {
    await withPage(browser, { viewport: PHONE, javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(origin() + '/');
      const link = page.locator('.story .static-map__list a[href^="#map-"]').first();
      const href = (await link.getAttribute('href'))!;
      const item = await link.evaluate((a) => a.closest('li')!.querySelector('strong')!.textContent);
      await link.evaluate((a) => a.closest('details')!.setAttribute('open', ''));
      await link.click();
      // The browser opens the folded list holding the target, and the item there names the same place with its sources.
      const target = page.locator(href);
      await expect.poll(() => target.isVisible()).toBe(true);
      expect(await target.locator('strong').textContent()).toBe(item);
      expect(await target.locator('a[href^="http"]').count()).toBeGreaterThan(0);
      expect(new URL(page.url()).hash).toBe(href);
    });
  });
});
