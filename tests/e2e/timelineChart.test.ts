import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';
import { browser, DESKTOP, PHONE, origin, withPage } from './support/browser';

/** The key moments content/events names: the chart must show exactly these. */
const keyMoments = new Map(
  readdirSync(join('content', 'events'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join('content', 'events', f), 'utf8')).keyMoment?.label as string | undefined])
    .filter((entry): entry is [string, string] => entry[1] !== undefined),
);

interface Shown {
  chartHeight: number;
  labels: { id: string; text: string; box: { x: number; y: number; w: number; h: number } }[];
}

/** The key-moment labels of an inline chart, with where they are on screen. */
async function labelsOf(page: Page, selector: string): Promise<Shown> {
  const svg = page.locator(selector).first();
  await svg.waitFor({ state: 'visible' });
  await svg.scrollIntoViewIfNeeded();
  return svg.evaluate((el) => ({
    chartHeight: el.getBoundingClientRect().height,
    labels: [...el.querySelectorAll<SVGTextElement>('[data-key-label]')]
      .filter((t) => getComputedStyle(t).visibility !== 'hidden' && t.getBoundingClientRect().width > 0)
      .map((t) => {
        const r = t.getBoundingClientRect();
        // A label wrapped over several lines is one tspan per line.
        return { id: t.dataset.keyLabel ?? '', text: [...t.querySelectorAll('tspan')].map((line) => line.textContent).join(' '), box: { x: r.x, y: r.y, w: r.width, h: r.height } };
      }),
  }));
}

/**
 * The key-moment labels of the chart a reader sees at this width. The full timeline draws it inline;
 * the story page shows it as an image of its own file, which its script swaps for the inline chart.
 * Without JS the labels are read from that file opened on its own (labels scale with the image, so
 * none covering another there means none in the image), and the height is the image's on the page.
 */
async function shownLabels(page: Page, chart: 'horizontal' | 'vertical'): Promise<Shown> {
  const image = page.locator(`#timeline img[data-chart="${chart}"]`);
  if ((await image.count()) === 0) return labelsOf(page, `main svg[data-chart="${chart}"]`);
  await image.scrollIntoViewIfNeeded();
  if (await page.evaluate(() => document.documentElement.classList.contains('js'))) return labelsOf(page, `#timeline svg[data-chart="${chart}"]`);
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const { height, src } = await image.evaluate((img: HTMLImageElement) => ({ height: img.getBoundingClientRect().height, src: img.currentSrc }));
  await page.goto(src);
  return { ...(await labelsOf(page, `svg[data-chart="${chart}"]`)), chartHeight: height };
}

const overlapping = (labels: Shown['labels']) =>
  labels.flatMap((a, i) =>
    labels
      .slice(i + 1)
      .filter((b) => a.box.x < b.box.x + b.box.w && b.box.x < a.box.x + a.box.w && a.box.y < b.box.y + b.box.h && b.box.y < a.box.y + a.box.h)
      .map((b) => `${a.text} / ${b.text}`),
  );


describe('the timeline chart names its key moments', () => {
  test('content names at least six key moments', () => {
    expect(keyMoments.size).toBeGreaterThanOrEqual(6);
  });

  // Each case compares with content/events, so JS on and off must show the same labels.
  const cases = [
    { path: '/', javaScriptEnabled: true },
    { path: '/', javaScriptEnabled: false },
    { path: '/timeline/', javaScriptEnabled: false },
  ];
  for (const [viewport, chart] of [[PHONE, 'vertical'], [DESKTOP, 'horizontal']] as const) {
    for (const { path, javaScriptEnabled } of cases) {
      test(`at ${viewport.width} px on ${path} with JS ${javaScriptEnabled ? 'on' : 'off'}, the key moments are labelled on the chart, none covering another`, { timeout: 120_000 }, async () => {
        const shown = await withPage(browser, { viewport, javaScriptEnabled }, async ({ page }) => {
          await page.goto(origin() + path);
          return shownLabels(page, chart);
        });
        expect(shown.labels.length).toBeGreaterThanOrEqual(6);
        expect(Object.fromEntries(shown.labels.map((l) => [l.id, l.text]))).toEqual(Object.fromEntries(keyMoments));
        expect(overlapping(shown.labels)).toEqual([]);
        // A phone reads the chart top to bottom in at most two screens.
        if (viewport === PHONE) expect(shown.chartHeight).toBeLessThanOrEqual(2 * PHONE.height);
      });
    }
  }

  test('printing the timeline shows the labelled chart, not the phone strip', async () => {
    await withPage(browser, { viewport: DESKTOP, javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(origin() + '/timeline/');
      await page.emulateMedia({ media: 'print' });
      expect(await page.isVisible('[data-chart="vertical"]')).toBe(false);
      const shown = await shownLabels(page, 'horizontal');
      expect(shown.labels.map((l) => l.id).sort()).toEqual([...keyMoments.keys()].sort());
    });
  });

  test('the chart and its legend have no axe violations on a wide screen', { timeout: 120_000 }, async () => {
    await withPage(browser, { viewport: DESKTOP }, async ({ page }) => {
      await page.goto(origin() + '/timeline/');
      await page.locator('.tl-figure').waitFor();
      const results = await new AxeBuilder({ page }).include('.tl-figure').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
    });
  });
});
