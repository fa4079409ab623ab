/**
 * Presenter mode as slides (src/scripts/reuse/presenter.ts): every step is a slide with its text
 * and the map both wholly on screen, moved through by keys, clicks and taps at projector sizes;
 * a mouse click leaves no focus ring, a key does; it starts at any chapter.
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { browser, noWebglBrowser, origin, withPage } from '../support/browser';

interface Chapter {
  id: string;
  title: string;
  steps: { id: string }[];
}
interface Slide {
  chapterId: string;
  stepId: string;
  chapter: number;
  title: string;
  first: boolean;
}

async function slidesOf(page: Page): Promise<Slide[]> {
  const chapters = await page.evaluate(() => (JSON.parse(document.getElementById('story-data')!.textContent!) as { chapters: Chapter[] }).chapters);
  return chapters.flatMap((c, chapter) => c.steps.map((s, i) => ({ chapterId: c.id, stepId: s.id, chapter, title: c.title, first: i === 0 })));
}

const slideShown = (page: Page, n: number) => page.waitForSelector(`html[data-slide="${n}"]`, { timeout: 15_000 });

/** What a viewer sees of the slide: the steps on screen, where text and map are, the counter. */
const looks = (page: Page) =>
  page.evaluate(() => {
    const box = (e: Element | null) => {
      const r = e?.getBoundingClientRect();
      return r ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right, width: r.width, height: r.height } : null;
    };
    const steps = [...document.querySelectorAll<HTMLElement>('.story .step')].filter((s) => s.checkVisibility());
    const map = document.querySelector('.story-graphic.is-live canvas') ?? document.querySelector('[data-map-static] :is(svg, img)');
    const text = document.querySelector<HTMLElement>('.story__steps')!;
    return {
      steps: steps.map((s) => s.id),
      heading: [...document.querySelectorAll('.chapter__title')].filter((h) => h.checkVisibility()).map((h) => h.textContent),
      step: box(steps[0]),
      map: box(map),
      graphic: box(document.querySelector('[data-story-graphic]')),
      bar: box(document.querySelector('[data-slidebar]')),
      textScrolls: text.scrollHeight > text.clientHeight + 1,
      counter: document.querySelector('[data-slide-counter]')?.textContent,
      hash: location.hash,
      view: { width: innerWidth, height: innerHeight },
    };
  });

/** Whether anything on the page shows a focus ring: a :focus-visible element, or an outline on the focused element or its card. */
const focusRing = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement as HTMLElement;
    const outlined = [focused, focused.querySelector(':scope > .step__card')].some((e) => e && getComputedStyle(e).outlineStyle !== 'none' && parseFloat(getComputedStyle(e).outlineWidth) > 0);
    return { visible: document.querySelector(':focus-visible') !== null, outlined };
  });

async function expectSlide(page: Page, slides: Slide[], n: number) {
  await slideShown(page, n);
  const slide = slides[n - 1];
  const seen = await looks(page);
  const { width, height } = seen.view;
  const where = `slide ${n} (${slide.chapterId}/${slide.stepId})`;
  expect(seen.steps, where).toEqual([`${slide.chapterId}/${slide.stepId}`]);
  expect(seen.heading, where).toEqual(slide.first ? [slide.title] : []);
  expect(seen.counter, where).toBe(`Slide ${n} of ${slides.length} · Chapter ${slide.chapter + 1}: ${slide.title}`);
  // The text wholly on screen, above the slide bar, without scrolling.
  expect(seen.step!.top, where).toBeGreaterThanOrEqual(0);
  expect(seen.step!.bottom, where).toBeLessThanOrEqual(seen.bar!.top + 1);
  expect(seen.textScrolls, where).toBe(false);
  // The map's panel at full height beside the text, and the map drawn in it (live or static) wholly on screen.
  expect(seen.graphic!.height, where).toBeGreaterThanOrEqual(height - 1);
  expect(seen.graphic!.left, where).toBeGreaterThanOrEqual(seen.step!.right);
  expect(seen.graphic!.width, where).toBeGreaterThan(width * 0.4);
  expect(seen.map!.top, where).toBeGreaterThanOrEqual(0);
  expect(seen.map!.bottom, where).toBeLessThanOrEqual(height + 1);
  expect(seen.map!.left, where).toBeGreaterThanOrEqual(seen.graphic!.left - 1);
  expect(seen.map!.right, where).toBeLessThanOrEqual(width + 1);
  expect(seen.map!.height, where).toBeGreaterThan(height * 0.25);
  if (n > 1) expect(seen.hash, where).toBe(slide.first ? `#${slide.chapterId}` : `#${slide.chapterId}/${slide.stepId}`);
}

/** A point on the slide that is not a link or button: the text column's padding, left of the card. */
const blankSpot = (page: Page) =>
  page.locator('.story__steps').evaluate((e) => {
    const r = e.getBoundingClientRect();
    return { x: r.left + 8, y: r.top + r.height / 2 };
  });

const KEYS = ['ArrowRight', 'PageDown', ' ', 'ArrowDown'];

// The live map at 1280×720; at 1920×1080 the static maps (no WebGL: a software-drawn live map that
// size takes seconds a slide on this machine) and reduced motion.
describe.each([
  { width: 1280, height: 720, reducedMotion: 'no-preference' as const, webgl: true, map: 'live' },
  { width: 1920, height: 1080, reducedMotion: 'reduce' as const, webgl: false, map: 'static' },
])('slides at $width×$height, $map map', ({ width, height, reducedMotion, webgl }) => {
  test('every slide shows one step and the whole map; keys, clicks and taps move on; a click leaves no focus ring, a key does', async () => {
    await withPage(webgl ? browser : await noWebglBrowser(), { viewport: { width, height }, hasTouch: true, reducedMotion }, async ({ page, errors }) => {
      await page.goto(`${origin()}/?present`);
      const slides = await slidesOf(page);
      expect(slides.length).toBeGreaterThan(30);
      // Opening presenting moves no focus, so the projector shows no ring.
      await expectSlide(page, slides, 1);
      expect((await focusRing(page)).visible).toBe(false);

      for (let n = 1; n < slides.length; n++) {
        const how = n % 4;
        if (how === 1) {
          await page.getByRole('button', { name: 'Next' }).click();
        } else if (how === 2) {
          const spot = await blankSpot(page);
          await page.mouse.click(spot.x, spot.y);
        } else if (how === 3) {
          const spot = await blankSpot(page);
          await page.touchscreen.tap(spot.x, spot.y);
        } else {
          await page.keyboard.press(KEYS[(n / 4) % KEYS.length]);
        }
        await expectSlide(page, slides, n + 1);
        const ring = await focusRing(page);
        if (how === 1 || how === 2) expect(ring, `after a click to slide ${n + 1}`).toEqual({ visible: false, outlined: false });
        // After a key, the focused slide shows where the keyboard is.
        if (how === 0) expect(ring, `after a key to slide ${n + 1}`).toEqual({ visible: true, outlined: true });
      }

      // The end: Next is spent; back with keys and the Previous button, then to either end.
      expect(await page.getByRole('button', { name: 'Next' }).isDisabled()).toBe(true);
      await page.keyboard.press('ArrowLeft');
      await expectSlide(page, slides, slides.length - 1);
      await page.keyboard.press('PageUp');
      await expectSlide(page, slides, slides.length - 2);
      await page.getByRole('button', { name: 'Previous' }).click();
      await expectSlide(page, slides, slides.length - 3);
      await page.keyboard.press('Home');
      await expectSlide(page, slides, 1);
      expect(await page.getByRole('button', { name: 'Previous' }).isDisabled()).toBe(true);
      await page.keyboard.press('End');
      await expectSlide(page, slides, slides.length);

      // Escape leaves: the article again, at the step the slides reached.
      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.documentElement.classList.contains('is-presenting'))).toBe(false);
      expect(await page.evaluate(() => location.search)).toBe('');
      const last = slides.at(-1)!;
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`${last.chapterId}/${last.stepId}`);
      expect(await page.locator('.masthead').isVisible()).toBe(true);
      // Without WebGL the page says, once, that its maps are static.
      expect(errors.filter((e) => webgl || !/WebGL/i.test(e))).toEqual([]);
    });
  });
});

describe('starting the slides', () => {
  test('?present with #chapter or #chapter/step opens that slide; a swipe turns it either way', async () => {
    await withPage(browser, { viewport: { width: 1280, height: 720 }, hasTouch: true }, async ({ page }) => {
      await page.goto(`${origin()}/?present#where-it-is`);
      const slides = await slidesOf(page);
      const at = (chapterId: string, stepId?: string) => slides.findIndex((s) => s.chapterId === chapterId && (!stepId || s.stepId === stepId)) + 1;
      await expectSlide(page, slides, at('where-it-is'));

      await page.goto('about:blank');
      await page.goto(`${origin()}/?present#where-it-is/krichev`);
      const n = at('where-it-is', 'krichev');
      await expectSlide(page, slides, n);
      // The browser's own focus on the linked step is let go: no ring on a slide nobody has touched.
      expect((await focusRing(page)).visible).toBe(false);

      // A finger swiping left shows the next slide, swiping right the previous one.
      const cdp = await page.context().newCDPSession(page);
      const swipe = async (from: number, to: number) => {
        const y = 300;
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from, y }] });
        for (let i = 1; i <= 5; i++) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x: from + ((to - from) * i) / 5, y }] });
        await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
      };
      await swipe(450, 150);
      await expectSlide(page, slides, n + 1);
      await swipe(150, 450);
      await expectSlide(page, slides, n);
    });
  });

  test('a slide passes axe’s WCAG 2.2 A/AA rules', async () => {
    await withPage(browser, { viewport: { width: 1280, height: 720 } }, async ({ page }) => {
      await page.goto(`${origin()}/?present#reactions/lviv-strike`);
      await page.waitForSelector('html[data-slide]');
      const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa']).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  });

  test.each([
    {
      how: 'its "Present from here" button (no focus ring after the click)',
      start: (page: Page) => page.locator('#reactions [data-present]').click(),
      ring: false,
    },
    {
      how: 'the "f" key in the story (a focus ring, for the keyboard)',
      start: async (page: Page) => {
        await page.locator('#reactions-title').focus();
        await page.keyboard.press('f');
      },
      ring: true,
    },
  ])('a chapter starts the slides at its first step by $how', async ({ start, ring }) => {
    await withPage(browser, { viewport: { width: 1280, height: 720 } }, async ({ page }) => {
      // The reader is at another chapter; the one asked for wins.
      await page.goto(`${origin()}/#where-it-is`);
      await page.waitForSelector('html[data-story="ready"]');
      const slides = await slidesOf(page);
      await start(page);
      await expectSlide(page, slides, slides.findIndex((s) => s.chapterId === 'reactions') + 1);
      expect(await page.evaluate(() => location.search)).toBe('?present');
      expect(await focusRing(page)).toEqual({ visible: ring, outlined: ring });
    });
  });
});
