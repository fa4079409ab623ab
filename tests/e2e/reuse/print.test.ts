import { describe, expect, test } from 'vitest';
import { browser, origin, withPage } from '../support/browser';

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
      expect(await page.evaluate(visible('#timeline li.tl-event'))).toBeGreaterThan(40);
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
