/**
 * The student handout (/lesson/handout/) prints on at most six A4 pages in Chromium, with every
 * chapter's static map drawn on paper and none of the teacher's objectives or answers; the
 * teacher's page prints with the answers. On screen it is an ordinary page with a Print button
 * where scripts run and the browser's own Print command named where they do not.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { browser, origin, withPage, PHONE } from './support/browser';
import { eventSchema, lessonSchema } from '../../src/lib/content/schemas';

const lesson = lessonSchema.parse(parse(readFileSync('content/lesson/lesson.yaml', 'utf8')));
const answers = [
  ...Object.values(lesson.questions).flat().map((q) => q.answer.text),
  ...lesson.evaluation.items.map((i) => i.answer.text),
  ...lesson.exitTicket.prompts.map((p) => p.lookFor),
];
const chapters = readdirSync('content/chapters').filter((f) => f.endsWith('.md')).length;
const moments = readdirSync('content/events')
  .map((f) => eventSchema.parse(parse(readFileSync(`content/events/${f}`, 'utf8'))))
  .filter((e) => e.keyMoment);

const folded = (text: string) => text.replace(/\s+/g, ' ');
/** The page's text as the current media shows it (innerText leaves out what CSS hides). */
const shownText = (page: Page) => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
/** Pages of a PDF: its page objects ("/Type /Page", not the "/Type /Pages" tree above them). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

describe('the student handout', () => {
  test('prints on at most six A4 pages, every chapter with its map drawn, and no objective or answer', { timeout: 60_000 }, async () => {
    await withPage(browser, {}, async ({ page, errors }) => {
      await page.goto(origin() + '/lesson/handout/');
      const pdf = await page.pdf({ format: 'A4' });
      const pages = pdfPages(pdf);
      expect(pages).toBeGreaterThanOrEqual(2);
      expect(pages).toBeLessThanOrEqual(6);

      await page.emulateMedia({ media: 'print' });
      const maps = await page.locator('#story .static-map__graphic svg').evaluateAll((svgs) =>
        svgs.map((svg) => {
          const box = svg.getBoundingClientRect();
          // The base map is drawn from the shared definitions: a map whose <use> has no size is an empty frame.
          const base = svg.querySelector('use')?.getBoundingClientRect();
          return svg.checkVisibility() && box.width > 100 && box.height > 50 && (base?.width ?? 0) > 0;
        }),
      );
      expect(maps).toEqual(Array(chapters).fill(true));

      const paper = await shownText(page);
      for (const answer of answers) expect(paper).not.toContain(folded(answer));
      for (const objective of lesson.objectives) expect(paper).not.toContain(folded(objective));
      expect(paper).not.toContain('Model answer');
      // No claim labels: they are the verdicts the exercise asks students to find.
      expect(await page.locator('main .claim').count()).toBe(0);
      expect(await page.locator('#evaluation .card').count()).toBe(lesson.evaluation.items.length);
      expect(await page.locator('#key-moments li').count()).toBe(moments.length);
      for (const moment of moments) expect(paper).toContain(moment.keyMoment!.label);
      expect(errors).toEqual([]);
    });
  });

  test('lists each source on one line with a short address, and every number in brackets leads to one', async () => {
    await withPage(browser, {}, async ({ page }) => {
      await page.goto(origin() + '/lesson/handout/');
      await page.emulateMedia({ media: 'print' });
      const lines = await page.locator('#sources li').evaluateAll((lis) =>
        lis.map((li) => ({ text: (li as HTMLElement).innerText, height: li.getBoundingClientRect().height, lineHeight: parseFloat(getComputedStyle(li).lineHeight) })),
      );
      expect(lines.length).toBeGreaterThan(5);
      for (const { text } of lines) {
        expect(text).not.toContain('://');
        expect(text).toMatch(/[a-z0-9-]+\.[a-z]{2,}(\/…)?/);
      }
      // One line each, or two for a long publisher name: never a wrapped address.
      expect(lines.filter((l) => l.height > 2.5 * l.lineHeight).map((l) => l.text)).toEqual([]);
      const cited = await page.locator('main .ho-refs a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(cited.length).toBeGreaterThan(0);
      for (const href of new Set(cited)) expect(await page.locator(href!).count(), href!).toBe(1);
    });
  });

  test('is linked from the lesson page, and its Print button prints', async () => {
    await withPage(browser, {}, async ({ page, context }) => {
      await context.addInitScript(() => {
        window.print = () => {
          document.documentElement.dataset.printed = 'yes';
        };
      });
      await page.goto(origin() + '/lesson/');
      await page.getByRole('link', { name: 'Student handout', exact: true }).click();
      await page.waitForURL('**/lesson/handout/');
      await page.getByRole('button', { name: 'Print the handout' }).click();
      expect(await page.evaluate(() => document.documentElement.dataset.printed)).toBe('yes');
      await page.emulateMedia({ media: 'print' });
      expect(await page.getByRole('button', { name: 'Print the handout' }).isVisible()).toBe(false);
    });
  });

  test('without JavaScript, names the browser’s Print command instead of showing a button that does nothing', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(origin() + '/lesson/handout/');
      expect(await page.getByRole('button', { name: 'Print the handout' }).isVisible()).toBe(false);
      expect(await page.getByText('Print command', { exact: false }).isVisible()).toBe(true);
    });
  });
});

describe('the teacher’s print', () => {
  test('has every model answer and what to look for on paper, sources as short addresses', async () => {
    await withPage(browser, {}, async ({ page }) => {
      await page.goto(origin() + '/lesson/teacher/');
      await page.emulateMedia({ media: 'print' });
      const paper = await shownText(page);
      for (const answer of answers) expect(paper).toContain(folded(answer));
      // Who reported each statement: publisher and short address, not a line of full URL.
      const reported = page.locator('#answers-evaluation [data-answer] > ul a[href^="http"]');
      expect(await reported.count()).toBeGreaterThan(0);
      const printedAfter = await reported.evaluateAll((as) => as.map((a) => getComputedStyle(a, '::after').content));
      expect(printedAfter.filter((c) => c.includes('://'))).toEqual([]);
      expect(paper).toMatch(/\([a-z0-9.-]+\.[a-z]{2,}\/…\)/);
    });
  });
});
