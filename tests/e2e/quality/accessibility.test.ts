/**
 * Accessibility gate, on one page of each template: axe-core's WCAG 2.2 A/AA rules at 320 px with
 * JS on and off and at desktop width; no sideways scrolling at 320 px; every control reachable by
 * keyboard with a visible focus ring; the story walkable by keyboard. (Language and zoom are read
 * from the built files: staticPages.test.ts.)
 */
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { DESKTOP, PHONE, browser, origin, withPage as withWatchedPage } from '../support/browser';
import { settled } from '../support/signals';
import { SCROLL_THROUGH, templatePages, withoutJavaScript } from './builtPages';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const pages = templatePages();

/** Opens `path` in a fresh context (JS on, or as without JS) once it has settled; with JS, after scrolling through it. */
function withPage<T>(
  options: { viewport: { width: number; height: number }; javaScriptEnabled?: boolean },
  path: string,
  fn: (page: Page) => Promise<T>,
): Promise<T> {
  const { javaScriptEnabled = true, viewport } = options;
  return withWatchedPage(browser, { viewport, reducedMotion: 'reduce' }, async (watched) => {
    if (!javaScriptEnabled) await withoutJavaScript(watched.page);
    await watched.page.goto(origin() + path);
    // With JS, scroll through first so the map, timeline and story states that load on the way are checked too.
    if (javaScriptEnabled) await watched.page.evaluate(SCROLL_THROUGH);
    await settled(watched);
    return fn(watched.page);
  });
}

/** One line per violation and node, so a failure says what to fix and where. */
const describeViolations = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
  violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));

/** In the page: how far it is wider than the screen, and the first elements that stick out. */
const OVERFLOW = () => {
  const width = document.documentElement.clientWidth;
  const culprits = [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > width + 1 && el.checkVisibility())
    .slice(0, 5)
    .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`);
  return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
};

/** Tabs through the page until focus wraps: the visible controls never reached, and those focused without a visible ring. */
async function keyboardWalk(page: Page): Promise<{ missed: string[]; unringed: string[] }> {
  const expected = await page.evaluate(() => {
    // Controls in the tab order; tabindex="-1" opts out (roving focus inside a widget).
    const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]';
    const all = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => el.tabIndex >= 0 && el.getAttribute('tabindex') !== '-1' && el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]'),
    );
    all.forEach((el, i) => (el.dataset.qaFocusable = String(i)));
    return all.length;
  });
  // The page records each focus as it happens, so a Tab costs one round trip, not two.
  await page.evaluate(() => {
    const log: { id?: string; ring: boolean; label: string }[] = [];
    (window as unknown as { qaFocusLog: typeof log }).qaFocusLog = log;
    document.addEventListener('focusin', (event) => {
      const el = event.target as HTMLElement;
      const style = getComputedStyle(el);
      const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) || (style.boxShadow !== 'none' && style.boxShadow !== '');
      log.push({ id: el.dataset.qaFocusable, ring, label: `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 40)}”` });
    });
  });
  const log = () => page.evaluate(() => (window as unknown as { qaFocusLog: { id?: string; ring: boolean; label: string }[] }).qaFocusLog);
  // Tab through in batches until focus comes back round to a control already reached.
  const wrapped = (entries: { id?: string }[]) => {
    const seen = new Set<string>();
    return entries.some((e) => e.id !== undefined && (seen.has(e.id) || !seen.add(e.id)));
  };
  for (let pressed = 0; pressed < expected + 20; pressed += 25) {
    for (let i = 0; i < 25; i++) await page.keyboard.press('Tab');
    if (wrapped(await log())) break;
  }
  const reached = new Set<string>();
  const unringed: string[] = [];
  for (const focus of await log()) {
    if (focus.id !== undefined) {
      if (reached.has(focus.id)) break; // wrapped around to the start
      reached.add(focus.id);
    }
    if (!focus.ring) unringed.push(focus.label);
  }
  const missed = await page.evaluate(
    (ids) =>
      [...document.querySelectorAll<HTMLElement>('[data-qa-focusable]')]
        .filter((el) => !ids.includes(el.dataset.qaFocusable!) && el.checkVisibility({ visibilityProperty: true }))
        .map((el) => `${el.tagName.toLowerCase()} “${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}”`),
    [...reached],
  );
  return { missed, unringed };
}

const axeViolations = async (page: Page) => describeViolations((await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations);

// One page load per template and screen: at 320 px, the narrowest screen we support, axe's rules
// and no sideways scrolling, with JS on and off (without JS the page differs: static maps, notes);
// at desktop width, axe's rules and the keyboard walk on the page as JS leaves it (the CSS is the
// same with JS off, so a second desktop load would check nothing new).
describe.each(pages.map((p) => [p.path]))('%s', (path) => {
  test.each([
    ['JS on', true],
    ['JS off', false],
  ] as const)('at 320 px with %s: 0 axe WCAG 2.2 A/AA violations, nothing wider than the screen', async (_js, javaScriptEnabled) => {
    const { violations, overflow } = await withPage({ viewport: { width: 320, height: 640 }, javaScriptEnabled }, path, async (page) => ({
      violations: await axeViolations(page),
      overflow: await page.evaluate(OVERFLOW),
    }));
    expect(violations).toEqual([]);
    expect(overflow.scrollWidth, `wider than the screen: ${overflow.culprits.join(', ')}`).toBeLessThanOrEqual(overflow.width);
  });

  // Scrolled through and settled back on the first chapter: controls shown only in later states stay hidden.
  test('at desktop width: 0 axe violations; Tab reaches every visible control, each with a visible focus indicator', async () => {
    const { violations, keyboard } = await withPage({ viewport: DESKTOP }, path, async (page) => ({
      violations: await axeViolations(page),
      keyboard: await keyboardWalk(page),
    }));
    expect(violations).toEqual([]);
    expect(keyboard.unringed, 'focused without a visible focus indicator').toEqual([]);
    expect(keyboard.missed, 'never reached with Tab').toEqual([]);
  });
});

describe('keyboard', () => {
  test("the story's next links walk every chapter by keyboard alone, focus landing on each chapter's heading", async () => {
    const visited = await withPage({ viewport: PHONE }, '/', async (page) => {
      const chapters = await page.$$eval('[data-chapter]', (els) => els.map((el) => el.id));
      const seen = [chapters[0]];
      for (let n = 0; n < 2000 && seen.length < chapters.length; n++) {
        await page.keyboard.press('Tab');
        const onNext = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.chapterLink === 'next');
        if (!onNext) continue;
        await page.keyboard.press('Enter');
        const now = await page.evaluate(() => {
          const heading = document.activeElement as HTMLElement;
          const chapter = heading.closest<HTMLElement>('[data-chapter]');
          const box = heading.getBoundingClientRect();
          return { id: chapter?.id, isHeading: /^H[1-6]$/.test(heading.tagName), onScreen: box.top >= 0 && box.bottom <= innerHeight };
        });
        expect(now.isHeading).toBe(true);
        expect(now.onScreen).toBe(true);
        seen.push(now.id ?? '');
      }
      return { chapters, seen };
    });
    expect(visited.seen).toEqual(visited.chapters);
  });
});
