import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, browser, origin, withPage } from './support/browser';
import { settled } from './support/signals';


const chapterIds = (page: Page) => page.$$eval('[data-chapter]', (els) => els.map((e) => (e as HTMLElement).dataset.chapter!));
const activeChapter = (page: Page) => page.$eval('[data-chapter].is-active', (e) => (e as HTMLElement).dataset.chapter);

/** Scrolls so the chapter's card crosses the trigger line, as a reader's scrolling would. */
async function scrollToChapter(page: Page, id: string) {
  await page.$eval(`#${id} .chapter__card`, (card) => {
    const top = card.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * 0.3, behavior: 'instant' });
  });
  await page.waitForFunction((chapter) => document.querySelector('[data-chapter].is-active')?.id === chapter, id, { timeout: 10_000 });
}

describe('the story without JavaScript', () => {
  test('is a complete article: every chapter heading and body, a static map per chapter, the timeline list', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(origin() + '/');
      const chapters = await page.$$eval('article[data-chapter]', (els) =>
        els.map((e) => ({
          heading: e.querySelector('h2')?.textContent?.trim() ?? '',
          words: (e.querySelector('.chapter__body')?.textContent ?? '').split(/\s+/).filter(Boolean).length,
          maps: e.querySelectorAll('figure svg').length,
          mapVisible: !!e.querySelector('figure svg') && (e.querySelector('figure') as HTMLElement).offsetHeight > 100,
        })),
      );
      expect(chapters.length).toBeGreaterThanOrEqual(9);
      for (const c of chapters) {
        expect(c.heading.length).toBeGreaterThan(3);
        expect(c.words).toBeGreaterThan(80);
        expect(c.maps).toBeGreaterThanOrEqual(1);
        expect(c.mapVisible).toBe(true);
      }
      expect(await page.locator('[data-event-id]').count()).toBeGreaterThanOrEqual(40);
      // The sticky graphic needs JS; without it nothing may hide the text.
      expect(await page.locator('.story__graphic').isVisible()).toBe(false);
    });
  });
});

describe('the scroll-driven story', () => {
  test('scrolling down activates the chapters in order, and scrolling up returns to earlier ones', async () => {
    await withPage(browser, { viewport: DESKTOP }, async ({ page, errors }) => {
      await page.goto(origin() + '/');
      const ids = await chapterIds(page);
      const historyLength = await page.evaluate(() => history.length);
      const seen: string[] = [];
      for (const id of ids) {
        await scrollToChapter(page, id);
        seen.push((await activeChapter(page))!);
      }
      expect(seen).toEqual(ids);
      expect(await page.textContent('[data-progress-label]')).toContain(`Chapter ${ids.length} of ${ids.length}`);

      await scrollToChapter(page, ids[2]);
      expect(await activeChapter(page)).toBe(ids[2]);
      expect(await page.getAttribute(`[data-toc="${ids[2]}"]`, 'aria-current')).toBe('true');
      // The address follows the reader without adding history entries.
      expect(new URL(page.url()).hash).toBe(`#${ids[2]}`);
      expect(await page.evaluate(() => history.length)).toBe(historyLength);
      expect(errors).toEqual([]);
    });
  });

  test('a deep link to the fifth chapter opens on that chapter’s state directly', async () => {
    await withPage(browser, { viewport: PHONE }, async ({ page }) => {
      await page.goto(origin() + '/');
      const fifth = (await chapterIds(page))[4];
      await page.goto(`${origin()}/?fresh#${fifth}`);
      await page.waitForFunction((id) => document.querySelector('[data-chapter].is-active')?.id === id, fifth);
      expect(await page.textContent('[data-progress-label]')).toContain('Chapter 5 of');
      // The graphic shows the fifth chapter's view.
      await page.waitForFunction((id) => document.querySelector('[data-graphic-chapter]')?.getAttribute('data-graphic-chapter') === id, fifth);
    });
  });

  test('keyboard: next/previous move focus to the chapter heading', async () => {
    await withPage(browser, { viewport: DESKTOP, reducedMotion: 'reduce' }, async ({ page }) => {
      await page.goto(origin() + '/');
      const ids = await chapterIds(page);
      await page.locator(`#${ids[0]} [data-step="next"]`).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((id) => document.activeElement?.id === `${id}-title`, ids[1]);
      await page.keyboard.press('n');
      await page.waitForFunction((id) => document.activeElement?.id === `${id}-title`, ids[2]);
      await page.keyboard.press('p');
      await page.waitForFunction((id) => document.activeElement?.id === `${id}-title`, ids[1]);
      await page.waitForFunction((id) => document.querySelector('[data-chapter].is-active')?.id === id, ids[1]);
    });
  });

  test('with reduced motion no transition runs, and the reader can switch motion off themselves', async () => {
    await withPage(browser, { viewport: DESKTOP, reducedMotion: 'reduce' }, async ({ page }) => {
      await page.goto(origin() + '/');
      const ids = await chapterIds(page);
      expect(await page.getAttribute('html', 'data-motion')).toBe('reduce');
      await scrollToChapter(page, ids[3]);
      const running = await page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length);
      expect(running).toBe(0);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto');
    });

    await withPage(browser, { viewport: DESKTOP, reducedMotion: 'no-preference' }, async ({ page }) => {
      await page.goto(origin() + '/');
      expect(await page.getAttribute('html', 'data-motion')).toBe('full');
      await page.click('[data-motion-toggle]');
      expect(await page.getAttribute('[data-motion-toggle]', 'aria-pressed')).toBe('true');
      await page.reload();
      expect(await page.getAttribute('html', 'data-motion')).toBe('reduce');
    });
  });

  test('a citation number opens its source note beside the text, and Escape returns to the text', async () => {
    await withPage(browser, { viewport: PHONE }, async ({ page }) => {
      await page.goto(origin() + '/');
      const first = page.locator('sup.cite a').first();
      const noteId = (await first.getAttribute('href'))!.slice(1);
      // The note's first link: an event's title or a source's publisher and title.
      const cited = (await page.locator(`#${noteId} a`).first().textContent())!.trim();
      await first.scrollIntoViewIfNeeded();
      await first.click();
      const popover = page.locator('.note-popover');
      await expect(popover.isVisible()).resolves.toBe(true);
      expect(await popover.textContent()).toContain(cited);
      // The verbatim excerpts arrive from the site's own data file.
      await page.waitForSelector('.note-popover .src-excerpt blockquote');
      await page.keyboard.press('Escape');
      await expect(popover.isVisible()).resolves.toBe(false);
      expect(await page.evaluate(() => document.activeElement?.closest('sup.cite') !== null)).toBe(true);
    });
  });

  test('a link to a section outside the story (#timeline) keeps its address and lands there', async () => {
    await withPage(browser, { viewport: DESKTOP }, async (watched) => {
      const { page } = watched;
      await page.goto(origin() + '/#timeline');
      // The story is listening and everything it starts has run: it had every chance to rewrite the address.
      await settled(watched);
      // Chromium keeps scrolling a fragment target into view while a long page lays out (seconds on
      // software rendering), so the landing is polled for, as a reader would wait for it.
      await expect.poll(() => page.$eval('#timeline', (el) => Math.abs(el.getBoundingClientRect().top)), { timeout: 30_000 }).toBeLessThan(200);
      expect(new URL(page.url()).hash).toBe('#timeline');
    });
  });
});
