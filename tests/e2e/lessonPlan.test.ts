/**
 * The lesson a teacher can run tomorrow: the plans and the note on sensitive content on /lesson/,
 * no answers for students there (on screen or on paper), and a model answer for every question
 * and activity item on the teacher's page, which prints them.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { browser, origin, withPage, PHONE } from './support/browser';
import { lessonSchema } from '../../src/lib/content/schemas';

const lesson = lessonSchema.parse(parse(readFileSync('content/lesson/lesson.yaml', 'utf8')));
const questions = Object.values(lesson.questions).flat();
const answers = [...questions.map((q) => q.answer.text), ...lesson.evaluation.items.map((i) => i.answer.text)];


/** The page's text as a reader sees it, with runs of white space folded. */
const seenText = (page: Page) => page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
const folded = (text: string) => text.replace(/\s+/g, ' ');

describe('the lesson page', () => {
  test('shows the 45- and 20-minute plans with every phase timed, and the note on sensitive content first', async () => {
    await withPage(browser, { viewport: PHONE }, async ({ page, errors }) => {
      await page.goto(origin() + '/lesson/');
      for (const plan of lesson.plans) {
        const phases = page.locator(`#plan-${plan.id} .phase`);
        expect(await phases.count()).toBe(plan.phases.length);
        expect(await phases.last().locator('.phase__time').innerText()).toBe(`${plan.minutes - plan.phases.at(-1)!.minutes}–${plan.minutes} min`);
        for (const phase of plan.phases) expect(await phases.getByText(phase.name, { exact: true }).first().isVisible()).toBe(true);
      }
      const note = page.getByRole('complementary', { name: lesson.sensitivity.title });
      expect(await note.isVisible()).toBe(true);
      const above = await page.evaluate(() => {
        const note = document.querySelector('.sensitivity')!.getBoundingClientRect().top;
        return note < document.querySelector('#plan-full')!.getBoundingClientRect().top;
      });
      expect(above).toBe(true);
      expect(await page.getByRole('heading', { name: 'Younger and older students' }).isVisible()).toBe(true);
      // The plan's chapter links lead to the story's chapters.
      const reads = await page.locator('#plan-full .phase__uses a[href^="/#"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(reads).toContain('/#where-it-is');
      expect(errors).toEqual([]);
    });
  });

  test('gives students no answers, on screen or printed, and links the teacher to the answer key', async () => {
    await withPage(browser, {}, async ({ page }) => {
      await page.goto(origin() + '/lesson/');
      const screen = await seenText(page);
      for (const answer of answers) expect(screen).not.toContain(folded(answer));
      expect(screen).not.toContain('Model answer');
      expect(await page.locator('#evaluation .claim').count()).toBe(0);
      expect(await page.getByRole('link', { name: 'Answer key for teachers' }).getAttribute('href')).toBe('/lesson/teacher/');

      // The student print: worksheet and exit ticket, without the teacher's plan.
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('#plan').isVisible()).toBe(false);
      expect(await page.locator('#exit-ticket li').count()).toBe(lesson.exitTicket.prompts.length);
      expect(await page.locator('#exit-ticket').isVisible()).toBe(true);
      expect(await page.locator('#evaluation .card').first().isVisible()).toBe(true);
    });
  });
});

describe('the teacher’s page', () => {
  test('has a model answer for every question and activity item, each with what it rests on, and prints them', async () => {
    await withPage(browser, {}, async ({ page }) => {
      await page.goto(origin() + '/lesson/teacher/');
      const items = page.locator('[data-answer]');
      expect(await items.count()).toBe(answers.length);
      const screen = await seenText(page);
      for (const q of questions) expect(screen).toContain(folded(q.ask));
      for (const answer of answers) expect(screen).toContain(folded(answer));
      // Every answer names at least one source, event or figure it rests on, as a link.
      const cited = await items.evaluateAll((lis) => lis.map((li) => li.querySelectorAll('.cited a').length));
      expect(cited.filter((n) => n === 0)).toEqual([]);
      // Verdicts are shown with the site's claim labels.
      expect(await page.locator('#answers-evaluation .answer > p .claim').count()).toBe(lesson.evaluation.items.length);

      await page.emulateMedia({ media: 'print' });
      expect(await items.last().isVisible()).toBe(true);
      expect(await page.locator('nav').first().isVisible()).toBe(false);
    });
  });
});
