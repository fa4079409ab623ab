/**
 * Accessibility gate on a desktop, one page of each template as JS leaves it: axe-core's WCAG 2.2
 * A/AA rules, every control reachable by Tab with a visible focus ring (same load; the CSS is the
 * same with JS off, so a second desktop load would check nothing new), and the story walkable by
 * keyboard. Phones: accessibility.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { DESKTOP, PHONE } from '../support/browser';
import { templatePages } from './builtPages';
import { axeViolations, keyboardWalk, withSettledPage } from './accessibilityChecks';

describe.each(templatePages().map((p) => [p.path]))('%s', (path) => {
  // Scrolled through and settled back on the first chapter: controls shown only in later states stay hidden.
  test('at desktop width: 0 axe violations; Tab reaches every visible control, each with a visible focus indicator', async () => {
    const { violations, keyboard } = await withSettledPage({ viewport: DESKTOP }, path, async (page) => ({
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
    const visited = await withSettledPage({ viewport: PHONE }, '/', async (page) => {
      const chapters = await page.$$eval('[data-chapter]', (els) => els.map((el) => el.id));
      const seen = [chapters[0]];
      // The page logs whether each focus lands on a "Next" link, so Tab goes in batches (a round
      // trip per batch, not two per press); an overshoot is walked back with Shift+Tab.
      await page.evaluate(() => {
        const log: boolean[] = ((window as unknown as { qaNext: boolean[] }).qaNext = []);
        document.addEventListener('focusin', (event) => log.push((event.target as HTMLElement).dataset.chapterLink === 'next'));
      });
      const BATCH = 8;
      for (let n = 0; n < 250 && seen.length < chapters.length; n++) {
        for (let i = 0; i < BATCH; i++) await page.keyboard.press('Tab');
        const batch = await page.evaluate(() => (window as unknown as { qaNext: boolean[] }).qaNext.splice(0));
        const at = batch.indexOf(true);
        if (at < 0) continue;
        for (let back = batch.length - 1; back > at; back--) await page.keyboard.press('Shift+Tab');
        expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.chapterLink)).toBe('next');
        await page.keyboard.press('Enter');
        const now = await page.evaluate(() => {
          const heading = document.activeElement as HTMLElement;
          const chapter = heading.closest<HTMLElement>('[data-chapter]');
          const box = heading.getBoundingClientRect();
          return { id: chapter?.id, isHeading: /^H[1-6]$/.test(heading.tagName), onScreen: box.top >= 0 && box.bottom <= innerHeight };
        });
        // Moving focus to the heading and walking back are focus events too: start the next batch clean.
        await page.evaluate(() => (window as unknown as { qaNext: boolean[] }).qaNext.splice(0));
        expect(now.isHeading).toBe(true);
        expect(now.onScreen).toBe(true);
        seen.push(now.id ?? '');
      }
      return { chapters, seen };
    });
    expect(visited.seen).toEqual(visited.chapters);
  });
});
