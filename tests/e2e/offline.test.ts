/**
 * The offline edition: one HTML file a teacher can put on a school drive. Opened from disk with
 * every other address blocked, it asks for nothing and still shows every chapter with its map,
 * every event with its sources, the glossary and the worksheet without answers, and stays small
 * enough to mail. The lesson pages link to it as a download. (axe checks the same document as a
 * page template: quality/accessibility*.)
 */
import { readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { browser, DESKTOP, PHONE, origin, withPage, type Watched } from './support/browser';
import { DIST_DIR } from './support/globalSetup';
import { lessonSchema } from '../../src/lib/content/schemas';

const PATH = '/download/oreshnik-in-belarus-offline/';
const FILE = resolve(DIST_DIR, `.${PATH}index.html`);
const FILE_URL = `file://${FILE}`;
const MAX_BYTES = 400 * 1024;

const yamlIn = <T>(dir: string): [string, T][] =>
  readdirSync(dir).filter((f) => f.endsWith('.yaml')).map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(`${dir}/${f}`, 'utf8')) as T]);
const chapterTitles = readdirSync('content/chapters')
  .filter((f) => f.endsWith('.md'))
  .map((f) => (parse(readFileSync(`content/chapters/${f}`, 'utf8').split(/^---$/m)[1]) as { title: string }).title);
const events = yamlIn<{ title: string; sources: string[] }>('content/events');
const sourceUrls = new Map(yamlIn<{ url: string }>('content/sources').map(([id, s]) => [id, s.url]));
const terms = yamlIn<{ term: string }>('content/lesson/glossary').map(([, g]) => g.term);
const lesson = lessonSchema.parse(parse(readFileSync('content/lesson/lesson.yaml', 'utf8')));
const answers = [...Object.values(lesson.questions).flat().map((q) => q.answer.text), ...lesson.evaluation.items.map((i) => i.answer.text)];

/** Opens the file from disk in a context that lets nothing but the file itself through. */
async function openFromDisk(watched: Watched): Promise<Page> {
  await watched.context.route('**/*', (route) => (route.request().url() === FILE_URL ? route.continue() : route.abort()));
  await watched.page.goto(FILE_URL);
  return watched.page;
}

describe('the offline edition, opened from disk', () => {
  test(`is one file under ${MAX_BYTES / 1024} KB`, () => {
    expect(statSync(FILE).size).toBeLessThan(MAX_BYTES);
  });

  test('requests nothing but itself and throws no error', async () => {
    await withPage(browser, { viewport: PHONE }, async (watched) => {
      const page = await openFromDisk(watched);
      await page.evaluate(() => window.scrollTo({ top: document.documentElement.scrollHeight, behavior: 'instant' }));
      expect(watched.requests.filter((url) => url !== FILE_URL)).toEqual([]);
      expect(watched.errors).toEqual([]);
    });
  });

  test('shows every chapter as a heading with its map drawn', async () => {
    await withPage(browser, { viewport: PHONE }, async (watched) => {
      const page = await openFromDisk(watched);
      for (const title of chapterTitles) {
        const chapter = page.locator('section', { has: page.getByRole('heading', { level: 2, name: title, exact: true }) });
        expect(await chapter.count(), title).toBe(1);
        const map = chapter.locator('figure svg.sm');
        expect(await map.isVisible(), `${title}: map`).toBe(true);
        // The map's shapes come from the shared definitions in the same file: drawn, not an empty frame.
        expect((await map.locator('use').first().boundingBox())?.width ?? 0, `${title}: base map`).toBeGreaterThan(0);
        expect((await chapter.locator('figure:has(svg.sm) figcaption').innerText()).length, `${title}: text alternative`).toBeGreaterThan(40);
      }
    });
  });

  test('lists every event with a link to each of its sources, and the glossary', async () => {
    await withPage(browser, { viewport: DESKTOP }, async (watched) => {
      const page = await openFromDisk(watched);
      for (const [id, event] of events) {
        const entry = page.locator(`#event-${id}`);
        expect(await entry.getByRole('heading', { name: event.title }).isVisible(), id).toBe(true);
        const links = await entry.locator('.off-sources a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        for (const source of event.sources) expect(links, `${id} → ${source}`).toContain(sourceUrls.get(source));
      }
      const glossary = page.locator('#glossary');
      for (const term of terms) expect(await glossary.getByText(term, { exact: true }).isVisible(), term).toBe(true);
    });
  });

  test("has the worksheet's questions and exercise, but none of the answers", async () => {
    await withPage(browser, {}, async (watched) => {
      const page = await openFromDisk(watched);
      const text = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
      for (const q of Object.values(lesson.questions).flat()) expect(text).toContain(q.ask.replace(/\s+/g, ' '));
      expect(await page.locator('#evaluation li').count()).toBe(lesson.evaluation.items.length);
      for (const answer of answers) expect(text).not.toContain(answer.replace(/\s+/g, ' '));
    });
  });
});

test('the lesson and teacher pages offer it as a download of one .html file', async () => {
  for (const from of ['/lesson/', '/lesson/teacher/']) {
    await withPage(browser, {}, async ({ page }) => {
      await page.goto(origin() + from);
      const link = page.locator(`a[href="${PATH}"]`);
      expect(await link.count(), from).toBe(1);
      expect(await link.getAttribute('download')).toBe('oreshnik-in-belarus-offline.html');
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe('oreshnik-in-belarus-offline.html');
      // The shared browser runs in another process: the download is copied here to compare.
      const saved = join(tmpdir(), `offline-${process.pid}-${from.replace(/\W+/g, '-')}.html`);
      await download.saveAs(saved);
      expect(statSync(saved).size).toBe(statSync(FILE).size);
      rmSync(saved);
    });
  }
});
