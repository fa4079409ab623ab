/**
 * What the accessibility gates do on a page: open it settled as a reader leaves it, run axe-core's
 * WCAG 2.2 A/AA rules, measure sideways overflow, and walk it with Tab.
 */
import type { Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { browser, origin, withPage as withWatchedPage } from '../support/browser';
import { settled } from '../support/signals';
import { SCROLL_THROUGH, withoutJavaScript } from './builtPages';

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
/** Opens `path` in a fresh context (JS on, or as without JS) once it has settled; with JS, after scrolling through it. */
export function withSettledPage<T>(
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
export const OVERFLOW = () => {
  const width = document.documentElement.clientWidth;
  const culprits = [...document.querySelectorAll('body *')]
    .filter((el) => el.getBoundingClientRect().right > width + 1 && el.checkVisibility())
    .slice(0, 5)
    .map((el) => `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''}${el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : ''}`);
  return { scrollWidth: document.documentElement.scrollWidth, width, culprits };
};

/** Tabs through the page until focus wraps: the visible controls never reached, and those focused without a visible ring. */
export async function keyboardWalk(page: Page): Promise<{ missed: string[]; unringed: string[] }> {
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

/** axe-core's WCAG 2.2 A/AA violations on the page as it is now, one line each. */
export const axeViolations = async (page: Page) => describeViolations((await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze()).violations);
