import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, browser, origin, withPage, sitePathOf } from './support/browser';
import { settled } from './support/signals';
import { storyData } from './support/storyData';


const chapterIds = (page: Page) => page.$$eval('[data-chapter]', (els) => els.map((e) => (e as HTMLElement).dataset.chapter!));
const activeChapter = (page: Page) => page.$eval('[data-chapter].is-active', (e) => (e as HTMLElement).dataset.chapter);

/** Scrolls so a step's card (the chapter's first, by default) crosses the trigger line, as a reader's scrolling would. */
async function scrollToStep(page: Page, selector: string) {
  await page.$eval(selector, (card) => {
    const top = card.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: top - window.innerHeight * 0.3, behavior: 'instant' });
  });
}

async function scrollToChapter(page: Page, id: string) {
  await scrollToStep(page, `#${id} .step__card`);
  // Generous: the live map starts on the way, and on software WebGL on a busy machine its start blocks the page for seconds.
  await page.waitForFunction((chapter) => document.querySelector('[data-chapter].is-active')?.id === chapter, id, { timeout: 30_000 });
}

/** The step the story shows (the progress view marks it). */
const activeStep = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('.step.is-active')?.id);

/**
 * A chapter written in steps, with the step whose map differs most from the chapter's first.
 * Until the chapters are rewritten in steps (issue 11) there may be none: the step tests then have nothing to test.
 */
async function chapterInSteps(page: Page) {
  const data = await storyData(page);
  // Not the first chapter: stepping back from a chapter's first step needs one before it.
  const chapter = data.chapters.find((c, i) => i > 0 && c.steps.length > 2);
  if (!chapter) throw new Error('no chapter after the first has three steps or more');
  const spread = (b: [[number, number], [number, number]]) => b[1][0] - b[0][0];
  const later = chapter.steps.slice(1).sort((a, b) => spread(a.map.bounds) - spread(b.map.bounds))[0];
  return { chapter, step: later, first: chapter.steps[0] };
}

const mapBounds = (page: Page) =>
  page.$eval('[data-map-live][data-map="idle"]', (el) => ((el as HTMLElement).dataset.mapBounds ?? '').split(',').map(Number));

describe('the story without JavaScript', () => {
  test('is a complete article: every chapter heading and body, a static map per chapter, the timeline list', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(origin() + '/');
      const chapters = await page.$$eval('article[data-chapter]', (els) =>
        els.map((e) => ({
          heading: e.querySelector('h2')?.textContent?.trim() ?? '',
          words: [...e.querySelectorAll('.step__card')].map((c) => c.textContent ?? '').join(' ').split(/\s+/).filter(Boolean).length,
          folds: [...e.querySelectorAll('.step__more')].every((d) => d.tagName === 'DETAILS'),
          // The story page links its static maps as images of the same drawing.
          maps: e.querySelectorAll('figure :is(svg, img.sm-image)').length,
          mapVisible: !!e.querySelector('figure :is(svg, img.sm-image)') && (e.querySelector('figure') as HTMLElement).offsetHeight > 100,
        })),
      );
      expect(chapters.length).toBeGreaterThanOrEqual(9);
      for (const c of chapters) {
        expect(c.heading.length).toBeGreaterThan(3);
        expect(c.words).toBeGreaterThan(80);
        expect(c.folds).toBe(true);
        expect(c.maps).toBeGreaterThanOrEqual(1);
        expect(c.mapVisible).toBe(true);
      }
      expect(await page.locator('li.tl-event').count()).toBeGreaterThanOrEqual(40);
      // The sticky graphic needs JS; without it nothing may hide the text.
      expect(await page.locator('.story__graphic').isVisible()).toBe(false);
    });
  });

  test('a corrected chapter says so, dated, and links to the log’s list of exactly its corrections', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(origin() + '/');
      const notes = await page.$$eval('article[data-chapter] .corrected', (els) =>
        els.map((e) => ({
          chapter: e.closest('article')!.id,
          text: e.textContent ?? '',
          date: e.querySelector('time')?.getAttribute('datetime'),
          href: e.querySelector('a')?.getAttribute('href') ?? '',
        })),
      );
      // The content has corrections, so at least one chapter shows one.
      expect(notes.length).toBeGreaterThan(0);
      for (const note of notes) {
        expect(note.text).toMatch(/^Corrected \d{1,2} \w+ \d{4}/);
        await page.goto(new URL(note.href, page.url()).href);
        const listed = await page.$$eval(`${new URL(page.url()).hash} li`, (items) =>
          items.map((li) => ({ date: li.querySelector('time')?.getAttribute('datetime'), entry: li.querySelector('a[href^="#correction-"]')?.getAttribute('href') })),
        );
        expect(listed.length, note.chapter).toBe(Number(/\((\d+) changes\)/.exec(note.text)?.[1] ?? 1));
        // The note's date is the newest correction's, and each one is an entry of the log.
        expect(listed.map((l) => l.date).sort().at(-1)).toBe(note.date);
        for (const { entry } of listed) expect(await page.locator(`li${entry}`).count(), entry!).toBe(1);
      }
    });
  });
});

describe('the scroll-driven story', () => {
  test('scrolling down activates the chapters in order, and scrolling up returns to earlier ones', async () => {
    await withPage(browser, { viewport: DESKTOP }, async ({ page, errors }) => {
      await page.goto(origin() + '/');
      // The watcher must be listening before the first scroll (on a busy machine the story starts seconds after load).
      await page.waitForSelector('html[data-story="ready"]', { state: 'attached', timeout: 60_000 });
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
      await page.locator(`#${ids[0]} [data-chapter-link="next"]`).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction((id) => document.activeElement?.id === `${id}-title`, ids[1]);
      await page.keyboard.press('n');
      await page.waitForFunction((id) => document.activeElement?.id === `${id}-title`, ids[2]);
      await page.keyboard.press('p');
      await page.waitForFunction((id) => document.activeElement?.id === `${id}-title`, ids[1]);
      await page.waitForFunction((id) => document.querySelector('[data-chapter].is-active')?.id === id, ids[1]);
    });
  });

  /** Whether the focused step's card shows a focus ring. */
  const cardRing = (page: Page) =>
    page.evaluate(() => {
      const card = document.activeElement?.querySelector(':scope > .step__card');
      return card ? getComputedStyle(card).outlineStyle !== 'none' : false;
    });

  test('a step link lands on its step with that step’s map, without passing the chapters before it', async (context) => {
    await withPage(browser, { viewport: PHONE, reducedMotion: 'reduce' }, async (watched) => {
      const { page, errors } = watched;
      await page.goto(origin() + '/');
      const found = await chapterInSteps(page);
      const { chapter, step } = found;
      // What the graphic showed, from the first moment.
      await page.addInitScript(() => {
        const shown: string[] = ((window as unknown as { shown: string[] }).shown = []);
        new MutationObserver(() => {
          const now = document.querySelector<HTMLElement>('[data-graphic-chapter]')?.dataset.graphicChapter;
          if (now && shown.at(-1) !== now) shown.push(now);
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-graphic-chapter'] });
      });
      await page.goto(`${origin()}/?fresh#${chapter.id}`);
      await settled(watched);
      const chapterView = await mapBounds(page);

      await page.goto(`${origin()}/?again#${chapter.id}/${step.id}`);
      await settled(watched);
      expect(await activeStep(page)).toBe(`${chapter.id}/${step.id}`);
      expect(new URL(page.url()).hash).toBe(`#${chapter.id}/${step.id}`);
      // The browser focuses the linked step, but a reader who followed a link gets no focus ring.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`${chapter.id}/${step.id}`);
      expect(await cardRing(page)).toBe(false);
      // The live map rests on the step's view: it holds the step's places, and it is not the chapter's first view.
      const [w, s, e, n] = await mapBounds(page);
      const [[sw, ss], [se, sn]] = step.map.bounds;
      expect(w <= sw + 0.01 && s <= ss + 0.01 && e >= se - 0.01 && n >= sn - 0.01).toBe(true);
      expect([w, s, e, n]).not.toEqual(chapterView);
      expect(await page.evaluate(() => (window as unknown as { shown: string[] }).shown)).toEqual([chapter.id]);
      expect(errors).toEqual([]);
    });
  });

  test('scrolling to a later step shows it and puts #chapter/step in the address; the first step is #chapter', async (context) => {
    await withPage(browser, { viewport: DESKTOP }, async ({ page }) => {
      await page.goto(origin() + '/');
      await page.waitForSelector('html[data-story="ready"]', { state: 'attached', timeout: 60_000 });
      const found = await chapterInSteps(page);
      const { chapter, step, first } = found;
      await scrollToStep(page, `[id="${chapter.id}/${step.id}"] .step__card`);
      await expect.poll(() => new URL(page.url()).hash, { timeout: 10_000 }).toBe(`#${chapter.id}/${step.id}`);
      expect(await activeStep(page)).toBe(`${chapter.id}/${step.id}`);
      await scrollToStep(page, `[id="${chapter.id}/${first.id}"] .step__card`);
      await expect.poll(() => new URL(page.url()).hash, { timeout: 10_000 }).toBe(`#${chapter.id}`);
    });
  });

  test('keyboard: j and k move to the next and previous step, across chapters, with focus and address', async (context) => {
    await withPage(browser, { viewport: DESKTOP, reducedMotion: 'reduce' }, async ({ page }) => {
      await page.goto(origin() + '/');
      await page.waitForSelector('html[data-story="ready"]', { state: 'attached', timeout: 60_000 });
      const found = await chapterInSteps(page);
      const { chapter } = found;
      const [one, two] = chapter.steps;
      await page.locator(`#${chapter.id}-title`).focus();
      await page.keyboard.press('j');
      await page.waitForFunction((id) => document.activeElement?.id === id, `${chapter.id}/${two.id}`);
      expect(await activeStep(page)).toBe(`${chapter.id}/${two.id}`);
      // A keyboard reader sees where focus went.
      expect(await cardRing(page)).toBe(true);
      await expect.poll(() => new URL(page.url()).hash).toBe(`#${chapter.id}/${two.id}`);
      await page.keyboard.press('k');
      await page.waitForFunction((id) => document.activeElement?.id === id, `${chapter.id}/${one.id}`);
      await expect.poll(() => new URL(page.url()).hash).toBe(`#${chapter.id}`);
      // From a chapter's first step, k goes back to the last step of the chapter before.
      const data = await storyData(page);
      const previous = data.chapters[data.chapters.findIndex((c) => c.id === chapter.id) - 1];
      await page.keyboard.press('k');
      await page.waitForFunction((id) => document.activeElement?.id === id, `${previous.id}/${previous.steps.at(-1)!.id}`);
      expect(await activeStep(page)).toBe(`${previous.id}/${previous.steps.at(-1)!.id}`);
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
    await withPage(browser, { viewport: PHONE }, async ({ page, requests }) => {
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
      // The verbatim excerpts arrive from the site's own data: that chapter's, or those of the event
      // the note cites, not every source's.
      await page.waitForSelector('.note-popover .src-excerpt blockquote');
      const chapter = await first.evaluate((a) => a.closest('[data-chapter]')?.getAttribute('data-chapter'));
      const events = await page.$$eval(`#${noteId} a[href^="#event-"]`, (links) => links.map((a) => a.getAttribute('href')!.slice('#event-'.length)));
      const excerpts = requests.map(sitePathOf).filter((p) => p.startsWith('/data/'));
      expect(excerpts.length).toBeGreaterThan(0);
      for (const path of excerpts) expect([`/data/excerpts/chapters/${chapter}.json`, ...events.map((e) => `/data/excerpts/events/${e}.json`)]).toContain(path);
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
