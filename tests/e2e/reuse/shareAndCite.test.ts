import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { browser, origin, PHONE, sitePathOf, withPage } from '../support/browser';

const CHAPTER = 'where-it-is';

/** A build without SITE_URL moves copyable links to the served address (data-served-site) once its script has run. */
const linksSettled = (page: Page) =>
  page.waitForFunction(() => !document.documentElement.dataset.builtSite || Boolean(document.documentElement.dataset.servedSite));

describe('copy link and cite', () => {
  test('"Copy link" puts the chapter’s permalink on the clipboard and says so visibly', async () => {
    await withPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] }, async ({ page, errors }) => {
      await page.goto(`${origin()}/#${CHAPTER}`);
      await linksSettled(page);
      const chapter = page.locator(`#${CHAPTER}`);
      const button = chapter.getByRole('button', { name: 'Copy link' });
      // Keyboard path: focus the button (shown once the script runs) and press Enter.
      await button.waitFor();
      // A build without SITE_URL hands out the address the page is served from (data-served-site).
      const canonical = (await page.evaluate(() => document.documentElement.dataset.servedSite)) ?? (await page.locator('link[rel=canonical]').getAttribute('href'));
      await button.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => chapter.getByRole('status').first().textContent(), { timeout: 10_000 }).toMatch(/copied/i);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(new URL(`#${CHAPTER}`, canonical!).href);
      expect(errors).toEqual([]);
    });
  });

  test('without the Clipboard API, the link is selected for the reader to copy', async () => {
    await withPage(browser, {}, async ({ page }) => {
      await page.addInitScript(() => Object.defineProperty(navigator, 'clipboard', { value: undefined }));
      await page.goto(`${origin()}/#${CHAPTER}`);
      await linksSettled(page);
      const chapter = page.locator(`#${CHAPTER}`);
      await chapter.getByRole('button', { name: 'Copy link' }).click();
      await expect.poll(() => chapter.getByRole('status').first().textContent(), { timeout: 10_000 }).toMatch(/selected/i);
      const permalink = await chapter.locator('[data-permalink]').textContent();
      expect(await page.evaluate(() => String(window.getSelection()))).toBe(permalink);
    });
  });

  test('APA, MLA and Chicago citations each contain the permalink and today’s date in the browser', async () => {
    await withPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] }, async ({ page }) => {
      await page.goto(`${origin()}/#${CHAPTER}`);
      await linksSettled(page);
      const chapter = page.locator(`#${CHAPTER}`);
      const permalink = (await chapter.locator('[data-permalink]').getAttribute('href'))!;
      // With JS the chapter's own panel opens in place (without, "Cite this chapter" is a link to /cite/).
      await chapter.locator('summary', { hasText: 'Cite this chapter' }).click();
      const year = String(new Date().getFullYear());
      for (const style of ['APA', 'MLA', 'Chicago']) {
        await chapter.getByRole('button', { name: `Copy ${style}` }).click();
        const text = await page.evaluate(() => navigator.clipboard.readText());
        expect(text, style).toContain(permalink);
        expect(text, style).toContain(await chapter.locator(`#${CHAPTER}-title`).textContent());
        expect(text, style).toMatch(new RegExp(`Accessed .*${year}|Retrieved .*${year}`));
      }
    });
  });

  test('the embed panel holds the chapter’s embed code, on the address the page is served from', async () => {
    await withPage(browser, {}, async ({ page, errors }) => {
      await page.goto(`${origin()}/#${CHAPTER}`);
      await linksSettled(page);
      const chapter = page.locator(`#${CHAPTER}`);
      await chapter.locator('summary', { hasText: 'Embed this chapter' }).click();
      const code = chapter.getByRole('textbox', { name: 'Embed code for a course page or article' });
      expect(await code.inputValue()).toContain(`src="${origin()}/embed/${CHAPTER}/"`);
      expect(await chapter.getByRole('button', { name: 'Copy embed code' }).isVisible()).toBe(true);
      expect(sitePathOf((await chapter.getByRole('link', { name: 'Preview the embed' }).getAttribute('href'))!)).toBe(`/embed/${CHAPTER}/`);
      expect(errors).toEqual([]);
    });
  });

  test('without JS the permalink is on the page as text, the citations and embed code one link away, and no dead buttons show', async () => {
    await withPage(browser, { javaScriptEnabled: false, viewport: PHONE }, async ({ page }) => {
      await page.goto(`${origin()}/`);
      const chapter = page.locator(`#${CHAPTER}`);
      const permalink = (await chapter.locator('[data-permalink]').textContent())!;
      expect(permalink).toMatch(new RegExp(`/#${CHAPTER}$`));
      expect(await chapter.locator('.tools').getByRole('button').count()).toBe(0);
      const embedLink = (await chapter.getByRole('link', { name: 'Embed this chapter' }).getAttribute('href'))!;

      await chapter.getByRole('link', { name: 'Cite this chapter' }).click();
      await page.waitForURL(`**/cite/#${CHAPTER}`);
      const cited = page.locator(`section#${CHAPTER}`);
      expect(await cited.locator('[data-cite-style]').allTextContents()).toSatisfy((all: string[]) => all.length === 3 && all.every((t) => t.includes(permalink)));
      expect(await page.locator(`${new URL(embedLink, page.url()).hash} ~ textarea`).inputValue()).toContain(`/embed/${CHAPTER}/`);
      expect(await page.getByRole('button').count()).toBe(0);
    });
  });

  test('the citations page gives each chapter’s citations with today’s date and copy buttons', async () => {
    await withPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] }, async ({ page, errors }) => {
      await page.goto(`${origin()}/cite/#${CHAPTER}`);
      await linksSettled(page);
      const cited = page.locator(`section#${CHAPTER}`);
      const permalink = (await cited.getByRole('link', { name: new RegExp(`/#${CHAPTER}$`) }).getAttribute('href'))!;
      await cited.getByRole('button', { name: 'Copy MLA' }).click();
      const text = await page.evaluate(() => navigator.clipboard.readText());
      expect(text).toContain(permalink);
      expect(text).toMatch(new RegExp(`Accessed .*${new Date().getFullYear()}`));
      expect(errors).toEqual([]);
    });
  });
});
