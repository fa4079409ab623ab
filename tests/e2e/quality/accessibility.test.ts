/**
 * Accessibility gate: axe-core's WCAG 2.2 A/AA rules on every built page, with JS on and off, at
 * phone and desktop widths; the document language; zoom; no sideways scrolling at 320 px;
 * every control reachable by keyboard with a visible focus ring; the story walkable by keyboard.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { DESKTOP, PHONE, launch, origin } from '../support/browser';
import { SCROLL_THROUGH, builtPages, withoutJavaScript } from './builtPages';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const pages = builtPages();

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

async function withPage<T>(
  options: { viewport: { width: number; height: number }; javaScriptEnabled?: boolean },
  path: string,
  fn: (page: Page) => Promise<T>,
): Promise<T> {
  const { javaScriptEnabled = true, viewport } = options;
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce' });
  try {
    const page = await context.newPage();
    if (!javaScriptEnabled) await withoutJavaScript(page);
    await page.goto(origin() + path, { waitUntil: 'networkidle' });
    return await fn(page);
  } finally {
    await context.close();
  }
}

/** One line per violation and node, so a failure says what to fix and where. */
const describeViolations = (violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']) =>
  violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? v.help}`));

describe.each([
  ['phone', PHONE],
  ['desktop', DESKTOP],
])('axe WCAG 2.2 A/AA at %s width', (_name, viewport) => {
  test.each(pages.flatMap((p) => [[p.path, 'JS on', true] as const, [p.path, 'JS off', false] as const]))(
    '%s with %s: 0 violations',
    async (path, _js, javaScriptEnabled) => {
      const violations = await withPage({ viewport, javaScriptEnabled }, path, async (page) => {
        // With JS, scroll through first so the map, timeline and story states that load on the way are checked too.
        if (javaScriptEnabled) await page.evaluate(SCROLL_THROUGH);
        return (await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations;
      });
      expect(describeViolations(violations)).toEqual([]);
    },
  );
});

describe('document basics on every page', () => {
  test.each(pages.map((p) => [p.path]))('%s declares its language and never disables zoom', async (path) => {
    const { lang, viewport } = await withPage({ viewport: PHONE, javaScriptEnabled: false }, path, (page) =>
      page.evaluate(() => ({
        lang: document.documentElement.lang,
        viewport: document.querySelector('meta[name="viewport"]')?.getAttribute('content') ?? '',
      })),
    );
    expect(lang).toMatch(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
    expect(viewport).toContain('width=device-width');
    expect(viewport).not.toMatch(/user-scalable\s*=\s*(no|0)/i);
    const maxScale = /maximum-scale\s*=\s*([\d.]+)/i.exec(viewport);
    if (maxScale) expect(Number(maxScale[1])).toBeGreaterThanOrEqual(5);
  });
});

describe('no horizontal overflow at 320 px', () => {
  test.each(pages.flatMap((p) => [[p.path, 'JS on', true] as const, [p.path, 'JS off', false] as const]))(
    '%s with %s',
    async (path, _js, javaScriptEnabled) => {
      const overflow = await withPage({ viewport: { width: 320, height: 640 }, javaScriptEnabled }, path, async (page) => {
        if (javaScriptEnabled) await page.evaluate(SCROLL_THROUGH);
        return page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const culprits = [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > width + 1 && el.checkVisibility())
            .slice(0, 5)
            .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`);
          return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
        });
      });
      expect(overflow.scrollWidth, `wider than the screen: ${overflow.culprits.join(', ')}`).toBeLessThanOrEqual(overflow.width);
    },
  );
});

describe('keyboard', () => {
  test.each(pages.map((p) => [p.path]))('%s: Tab reaches every visible control, each with a visible focus indicator', async (path) => {
    const result = await withPage({ viewport: DESKTOP }, path, async (page) => {
      await page.evaluate(SCROLL_THROUGH);
      // Let the story settle back on its first chapter: controls shown only in later states stay hidden.
      await page.waitForTimeout(500);
      const expected = await page.evaluate(() => {
        // Controls in the tab order; tabindex="-1" opts out (roving focus inside a widget).
        const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]';
        const all = [...document.querySelectorAll<HTMLElement>(selector)].filter(
          (el) => el.tabIndex >= 0 && el.getAttribute('tabindex') !== '-1' && el.checkVisibility({ visibilityProperty: true }) && !el.closest('[inert]'),
        );
        all.forEach((el, i) => (el.dataset.qaFocusable = String(i)));
        return all.length;
      });
      const reached = new Set<string>();
      const unringed: string[] = [];
      for (let i = 0; i < expected + 20; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return undefined;
          const style = getComputedStyle(el);
          const ring =
            (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) ||
            (style.boxShadow !== 'none' && style.boxShadow !== '');
          return { id: el.dataset.qaFocusable, ring, label: `${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 40)}”` };
        });
        if (!focus) continue;
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
    const page0 = pages.find((p) => p.path === '/');
    expect(page0).toBeDefined();
    const visited = await withPage({ viewport: PHONE }, '/', async (page) => {
      const chapters = await page.$$eval('[data-chapter]', (els) => els.map((el) => el.id));
      const seen = [chapters[0]];
      for (let n = 0; n < 2000 && seen.length < chapters.length; n++) {
        await page.keyboard.press('Tab');
        const onNext = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.step === 'next');
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
