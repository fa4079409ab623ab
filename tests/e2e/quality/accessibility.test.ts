/**
 * Accessibility gate: axe-core's WCAG 2.2 A/AA rules on one page of each template, with JS on and
 * off, at phone (320 px) and desktop widths; no sideways scrolling at 320 px (same page loads); every control reachable by
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

// The phone run is at 320 px, the narrowest screen we support: the same load checks axe's rules
// and that nothing scrolls sideways.
describe.each([
  ['phone (320 px)', { width: 320, height: 640 }],
  ['desktop', DESKTOP],
])('axe WCAG 2.2 A/AA at %s width', (_name, viewport) => {
  test.each(pages.flatMap((p) => [[p.path, 'JS on', true] as const, [p.path, 'JS off', false] as const]))(
    '%s with %s: 0 violations',
    async (path, _js, javaScriptEnabled) => {
      const { violations, overflow } = await withPage({ viewport, javaScriptEnabled }, path, async (page) => ({
        violations: (await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations,
        overflow: viewport.width === 320 ? await page.evaluate(OVERFLOW) : undefined,
      }));
      expect(describeViolations(violations)).toEqual([]);
      if (overflow) expect(overflow.scrollWidth, `wider than the screen: ${overflow.culprits.join(', ')}`).toBeLessThanOrEqual(overflow.width);
    },
  );
});

describe('keyboard', () => {
  test.each(pages.map((p) => [p.path]))('%s: Tab reaches every visible control, each with a visible focus indicator', async (path) => {
    // Scrolled through and settled back on the first chapter: controls shown only in later states stay hidden.
    const result = await withPage({ viewport: DESKTOP }, path, async (page) => {
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
    });
    expect(result.unringed, 'focused without a visible focus indicator').toEqual([]);
    expect(result.missed, 'never reached with Tab').toEqual([]);
  });

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
