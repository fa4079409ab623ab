import { describe, expect, test } from 'vitest';
import { browser, origin, DESKTOP, withPage } from '../support/browser';

const visible = (selector: string) => `[...document.querySelectorAll(${JSON.stringify(selector)})].filter((e) => e.checkVisibility()).length`;

describe('print', () => {
  test('the story prints every chapter in order with its permalink and sources, without navigation or buttons', async () => {
    await withPage(browser, {}, async ({ page }) => {
      await page.goto(origin() + '/');
      const chapters = await page.locator('[data-chapter]').count();
      await page.emulateMedia({ media: 'print' });
      expect(await page.evaluate(visible('[data-chapter]'))).toBe(chapters);
      expect(await page.evaluate(visible('nav'))).toBe(0);
      expect(await page.evaluate(visible('button'))).toBe(0);
      expect(await page.evaluate(visible('[data-permalink]'))).toBe(chapters);
      // Source notes print open, each outside link followed by its address.
      const source = page.locator('.notes a[href^="http"]').first();
      expect(await source.evaluate((a) => a.checkVisibility())).toBe(true);
      const after = await source.evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain(await source.getAttribute('href'));
      // The timeline prints every event's heading, and the address of the page with their full entries.
      expect(await page.evaluate(visible('#timeline li[data-event-id]'))).toBeGreaterThan(40);
      expect(await page.evaluate(visible('[data-full-entry]'))).toBe(0);
      expect(await page.locator('#timeline a[data-print-url]').evaluate((a) => getComputedStyle(a, '::after').content)).toMatch(/<https?:\/\/[^>]+\/timeline\/>/);
    });
  });

  test('the lesson page prints as a worksheet: questions and blanks, no answers or embed codes', async () => {
    await withPage(browser, {}, async ({ page }) => {
      await page.goto(origin() + '/lesson/');
      await page.emulateMedia({ media: 'print' });
      expect(await page.evaluate(visible('#questions li'))).toBeGreaterThan(5);
      expect(await page.evaluate(visible('.blank'))).toBeGreaterThan(0);
      expect(await page.evaluate(visible('.card__answer'))).toBe(0);
      expect(await page.evaluate(visible('textarea'))).toBe(0);
    });
  });
});

describe('presenter mode', () => {
  test('?present shows one chapter per screen in large type; arrow keys move, Escape leaves', async () => {
    // Reduced motion: chapters jump into place instead of scrolling smoothly.
    await withPage(browser, { viewport: DESKTOP, reducedMotion: 'reduce' }, async ({ page, errors }) => {
      await page.goto(`${origin()}/?present#what-oreshnik-is`);
      await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('is-presenting')), { timeout: 10_000 }).toBe(true);
      const ids = await page.locator('[data-chapter]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.chapter!));
      const onScreen = () =>
        page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>('[data-chapter]')]
            .filter((c) => {
              const box = c.getBoundingClientRect();
              return box.top < innerHeight / 2 && box.bottom > innerHeight / 2;
            })
            .map((c) => c.dataset.chapter),
        );
      await expect.poll(onScreen, { timeout: 10_000 }).toEqual(['what-oreshnik-is']);
      const chapterHeight = await page.locator('#what-oreshnik-is').evaluate((c) => c.getBoundingClientRect().height);
      expect(chapterHeight).toBeGreaterThanOrEqual(DESKTOP.height - 1);
      expect(
        await page
          .locator('#what-oreshnik-is .static-map__graphic svg.sm')
          .first()
          .evaluate((svg) => svg.getBoundingClientRect().width),
      ).toBeGreaterThan(200);
      const bodySize = await page
        .locator('#what-oreshnik-is .step__card p')
        .first()
        .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
      expect(bodySize).toBeGreaterThanOrEqual(24);

      await page.keyboard.press('ArrowRight');
      await expect.poll(onScreen, { timeout: 10_000 }).toEqual([ids[2]]);
      // A clicker's PageDown pages through a long chapter, then moves on: never skipping a chapter.
      for (let i = 0; i < 8 && (await onScreen())[0] === ids[2]; i++) {
        // Reduced motion: the page moves at once, so a changed scroll position is the signal
        // (a scrollend listener hung here once, in a fresh-clone run: no scrollend came).
        const before = await page.evaluate(() => scrollY);
        await page.keyboard.press('PageDown');
        await expect.poll(() => page.evaluate(() => scrollY), { timeout: 10_000 }).not.toBe(before);
        expect([ids[2], ids[3]]).toContain((await onScreen())[0]);
      }
      await expect.poll(onScreen, { timeout: 10_000 }).toEqual([ids[3]]);
      await page.keyboard.press('ArrowLeft');
      await expect.poll(onScreen, { timeout: 10_000 }).toEqual([ids[2]]);
      await expect.poll(() => page.evaluate(() => location.hash), { timeout: 10_000 }).toBe(`#${ids[2]}`);

      await page.keyboard.press('Escape');
      expect(await page.evaluate(() => document.documentElement.classList.contains('is-presenting'))).toBe(false);
      expect(await page.evaluate(() => location.search)).toBe('');
      expect(errors).toEqual([]);
    });
  });

  test('the "f" key in the story starts presenting at the current chapter', async () => {
    await withPage(browser, { viewport: DESKTOP }, async ({ page }) => {
      await page.goto(`${origin()}/#reactions`);
      await page.locator('#reactions-title').focus();
      await page.keyboard.press('f');
      await expect.poll(() => page.evaluate(() => document.documentElement.classList.contains('is-presenting')), { timeout: 10_000 }).toBe(true);
      expect(await page.evaluate(() => location.search)).toBe('?present');
    });
  });
});

describe('teacher and method pages', () => {
  test('the embed code generator gives the chosen embed’s code', async () => {
    await withPage(browser, {}, async ({ page }) => {
      await page.goto(origin() + '/lesson/#embed');
      await page.getByLabel('What to embed').selectOption('timeline');
      // The chosen embed only: its plain iframe code, and the same embed for sites that use pym.js.
      const code = page.locator('textarea:visible');
      expect(await code.count()).toBe(2);
      expect(await code.nth(0).inputValue()).toMatch(/<iframe src="[^"]+\/embed\/timeline\/" title="[^"]+"/);
      expect(await code.nth(1).inputValue()).toMatch(/data-pym-src="[^"]+\/embed\/timeline\/"/);
    });
  });
});
