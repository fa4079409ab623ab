import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE, browser, origin, withPage, sitePathOf } from './support/browser';

interface EventFile {
  title: string;
  lane: string;
  kind: string;
  places: string[];
  sources: string[];
  aliases?: string[];
}
const read = (folder: string) =>
  new Map(
    readdirSync(join('content', folder))
      .filter((f) => f.endsWith('.yaml'))
      .map((f) => [f.replace(/\.yaml$/, ''), parse(readFileSync(join('content', folder, f), 'utf8'))]),
  );
const events = read('events') as Map<string, EventFile>;
const sources = read('sources') as Map<string, { url: string; excerpt: string }>;

/** The machine is shared: give the page time, never a fixed wait. */
const POLL = { timeout: 10_000 };

/** Scrolls to the story page's timeline as a reader would; its code loads as it comes near and says when it is ready. */
async function reachTimeline(page: Page) {
  await page.locator('#timeline').scrollIntoViewIfNeeded();
  await page.locator('#timeline[data-timeline="ready"], #timeline [data-timeline="ready"]').first().waitFor({ state: 'attached', timeout: 10_000 });
  expect(await page.locator('[data-tl-filters]').isVisible()).toBe(true);
}

describe('timeline', () => {
  test('with JS off, the full timeline page has every event with its date, claim status, every source link and a way to its excerpt', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(origin() + '/timeline/');
      const found = await page.$$eval('li.tl-event', (items) =>
        items.map((li) => ({
          id: li.id,
          date: li.querySelector('time')?.getAttribute('datetime'),
          claim: li.querySelector('.claim')?.textContent?.trim(),
          // One line per cited page, linking to it and to each quoted passage (several excerpts of one page share it).
          pages: [...li.querySelectorAll('.src-ref')].map((s) => ({
            href: s.querySelector('a')?.href,
            ids: [...s.querySelectorAll<HTMLAnchorElement>('a[href^="/method/#source-"]')].map((a) => a.getAttribute('href')!.slice('/method/#source-'.length)),
          })),
        })),
      );
      expect(found.map((f) => f.id).sort()).toEqual([...events.keys()].map((id) => `event-${id}`).sort());
      for (const f of found) {
        const file = events.get(f.id.slice('event-'.length))!;
        expect(f.date).toBeTruthy();
        expect(f.claim).toMatch(/Official claim|Independently reported|Contested/);
        expect(f.pages.flatMap((p) => p.ids).sort()).toEqual([...file.sources].sort());
        for (const p of f.pages) for (const id of p.ids) expect(p.href).toBe(sources.get(id)!.url);
      }
      // Every disputed fact is there with its versions side by side.
      expect(await page.locator('[id^="dispute-"] .dispute__version').count()).toBeGreaterThan(await page.locator('[id^="dispute-"]').count());
      // The quoted passages themselves are on the method page, readable without JS.
      const cited = new Set(found.flatMap((f) => f.pages.flatMap((p) => p.ids)));
      await page.goto(origin() + '/method/');
      const excerpts = await page.$$eval('[id^="source-"]', (els) =>
        Object.fromEntries(els.map((e) => [e.id.slice('source-'.length), e.querySelector('blockquote')?.textContent?.trim() ?? ''])),
      );
      for (const id of cited) expect(excerpts[id], id).toBe(sources.get(id)!.excerpt.trim());
    });
  });

  test('with JS off, the story page lists every event and leads to its full entry and to every dispute on the full timeline', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(origin() + '/');
      const found = await page.$$eval('#timeline li.tl-event', (items) =>
        items.map((li) => ({
          id: li.id,
          date: li.querySelector('time')?.getAttribute('datetime'),
          claim: li.querySelector('.claim')?.textContent?.trim(),
          full: li.querySelector('[data-full-entry] a')?.getAttribute('href'),
        })),
      );
      expect(found.map((f) => f.id).sort()).toEqual([...events.keys()].map((id) => `event-${id}`).sort());
      for (const f of found) {
        expect(f.date).toBeTruthy();
        expect(f.claim).toMatch(/Official claim|Independently reported|Contested/);
        expect(f.full).toBe(`/timeline/#${f.id}`);
      }
      const disputes = await page.$$eval('#timeline a[href^="/timeline/#dispute-"]', (links) => new Set(links.map((a) => a.getAttribute('href'))).size);
      expect(disputes).toBe(readdirSync(join('content', 'contradictions')).filter((f) => f.endsWith('.yaml')).length);
      // The filters need JS, so they are not offered without it.
      expect(await page.isVisible('[data-tl-filters]')).toBe(false);
      // The chart is an image (one per orientation, only the one shown is loaded) whose file draws every event.
      expect(await page.locator('svg[data-chart]').count()).toBe(0);
      for (const chart of ['horizontal', 'vertical']) {
        const src = await page.getAttribute(`#timeline img[data-chart="${chart}"][loading="lazy"]`, 'src');
        const svg = await (await page.request.get(new URL(src!, page.url()).href)).text();
        expect(new Set([...svg.matchAll(/data-mark="([^"]+)"/g)].map((m) => m[1])), chart).toEqual(new Set(events.keys()));
      }
    });
  });

  test('filtering by actor group and by kind hides exactly the other events, and Show all brings them back', async () => {
    await withPage(browser, {}, async ({ page, errors }) => {
      await page.goto(origin() + '/');
      await reachTimeline(page);
      const visible = () =>
        page.$$eval('#timeline li.tl-event', (items) =>
          items
            .filter((li) => (li as HTMLElement).offsetParent !== null)
            .map((li) => li.id.slice('event-'.length))
            .sort(),
        );
      const expected = (keep: (e: EventFile) => boolean) =>
        [...events]
          .filter(([, e]) => keep(e))
          .map(([id]) => id)
          .sort();

      await page.getByRole('checkbox', { name: /NATO and allies/ }).uncheck();
      expect(await visible()).toEqual(expected((e) => e.lane !== 'nato-allies'));
      await page.getByRole('checkbox', { name: /^Statement/ }).uncheck();
      expect(await visible()).toEqual(expected((e) => e.lane !== 'nato-allies' && e.kind !== 'statement'));
      const shown = expected((e) => e.lane !== 'nato-allies' && e.kind !== 'statement').length;
      await expect.poll(() => page.textContent('[data-tl-count]'), POLL).toContain(`Showing ${shown} of ${events.size}`);
      // The chart fades the filtered-out events too (once its image is drawn inline).
      const natoEvent = [...events].find(([, e]) => e.lane === 'nato-allies')![0];
      expect(await page.getAttribute(`[data-chart="horizontal"] [data-mark="${natoEvent}"]`, 'class')).toContain('is-filtered');

      await page.getByRole('button', { name: 'Show all' }).click();
      await expect.poll(visible, POLL).toEqual([...events.keys()].sort());
      expect(errors).toEqual([]);
    });
  });

  test('arrow keys move along the visible events', async () => {
    await withPage(browser, {}, async ({ page }) => {
      await page.goto(origin() + '/');
      await reachTimeline(page);
      const ids = await page.$$eval('#timeline li.tl-event', (items) => items.map((li) => li.id.slice('event-'.length)));
      await page.focus(`#event-${ids[0]} summary`);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.closest('li')?.id)).toBe(`event-${ids[2]}`);
      await page.keyboard.press('End');
      expect(await page.evaluate(() => document.activeElement?.closest('li')?.id)).toBe(`event-${ids[ids.length - 1]}`);
      // One tab stop for the whole list.
      expect(await page.$$eval('#timeline summary[tabindex="0"]', (s) => s.length)).toBe(1);
      await page.keyboard.press('Enter');
      expect(await page.$eval(`#event-${ids[ids.length - 1]} details`, (d) => (d as HTMLDetailsElement).open)).toBe(true);
    });
  });

  test('a deep link #event-<id> opens that event, on load and when the address changes', async () => {
    const ids = [...events.keys()];
    await withPage(browser, { viewport: PHONE }, async ({ page, errors, requests }) => {
      await page.goto(`${origin()}/#event-${ids[5]}`);
      await expect.poll(() => page.$eval(`#event-${ids[5]} details`, (d) => (d as HTMLDetailsElement).open), POLL).toBe(true);
      // Opening it brings in its full entry: sources, each with its verbatim excerpt.
      await expect.poll(() => page.locator(`#event-${ids[5]} .src-excerpt blockquote`).count(), POLL).toBe(events.get(ids[5])!.sources.length);
      // Only that entry and its excerpts are fetched, not the full timeline page or every source.
      const paths = requests.map(sitePathOf);
      expect(paths).toEqual(expect.arrayContaining([`/timeline/entries/${ids[5]}/`, `/data/excerpts/events/${ids[5]}.json`]));
      expect(paths.filter((p) => p === '/timeline/' || p === '/data/sources.json')).toEqual([]);
      const ref = page.locator(`#event-${ids[5]} .src-ref`).first();
      const quoted = (await ref.locator('a[href*="#source-"]').first().getAttribute('href'))!.split('#source-')[1];
      expect(await ref.locator('a').first().getAttribute('href')).toBe(sources.get(quoted)!.url);
      expect(await page.locator(`#event-${ids[5]} .tl-event__text`).textContent()).toBeTruthy();
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('li')?.id), POLL).toBe(`event-${ids[5]}`);

      await page.evaluate((id) => (location.hash = `#event-${id}`), ids[20]);
      await expect.poll(() => page.$eval(`#event-${ids[20]} details`, (d) => (d as HTMLDetailsElement).open), POLL).toBe(true);
      await expect.poll(() => page.locator(`#event-${ids[20]} summary`).isVisible(), POLL).toBe(true);
      expect(errors).toEqual([]);
    });
  });

  test('a renamed event’s old address (#event-<alias>) still lands on the event, on both timelines', async () => {
    const renamed = [...events].flatMap(([id, e]) => (e.aliases ?? []).map((alias) => ({ id, alias })));
    expect(renamed.length).toBeGreaterThan(0);
    await withPage(browser, { javaScriptEnabled: false }, async ({ page }) => {
      for (const path of ['/', '/timeline/']) {
        await page.goto(origin() + path);
        for (const { id, alias } of renamed) {
          const holder = await page.locator(`#event-${alias}`).evaluate((el) => el.closest('li.tl-event')?.id);
          expect(holder, `${path}#event-${alias}`).toBe(`event-${id}`);
        }
      }
    });
  });

  test('a filtered-out event opened by a deep link is shown anyway', async () => {
    await withPage(browser, {}, async ({ page }) => {
      await page.goto(origin() + '/');
      await reachTimeline(page);
      const [id] = [...events].find(([, e]) => e.lane === 'ukraine')!;
      await page.getByRole('checkbox', { name: /Ukraine/ }).uncheck();
      await page.evaluate((eventId) => (location.hash = `#event-${eventId}`), id);
      await expect.poll(() => page.isVisible(`#event-${id} summary`), POLL).toBe(true);
    });
  });

  test('opening an event with places moves the story’s map to them', async () => {
    const located = [...events].filter(([, e]) => e.places.length > 0).map(([id]) => id);
    expect(located.length, 'no event in content/events has places').toBeGreaterThan(0);
    await withPage(browser, { viewport: DESKTOP }, async ({ page, errors }) => {
      await page.goto(origin() + '/');
      await reachTimeline(page);
      const views = (await (await page.request.get(origin() + '/map-data/event-views.json')).json()) as Record<string, unknown>;
      const id = located.find((e) => views[e]) ?? located[0];
      expect(views[id], `the story has no map view for ${id}`).toBeTruthy();
      await page.click(`#event-${id} summary`);
      // The story takes the event (storyState accepts only events with a map view): the address
      // and the timeline's selection follow the state whose map shows the event's places.
      await expect.poll(() => page.evaluate(() => location.hash), POLL).toBe(`#event-${id}`);
      await expect.poll(() => page.getAttribute(`#event-${id}`, 'class'), POLL).toContain('is-selected');
      // The chart, drawn once the reader is back near it, marks the event too.
      await page.locator('#timeline [data-chart="horizontal"]').scrollIntoViewIfNeeded();
      await expect.poll(() => page.getAttribute(`[data-chart="horizontal"] [data-mark="${id}"]`, 'class'), POLL).toContain('is-selected');
      expect(errors).toEqual([]);
    });
  });

  test('the chart is drawn across on a wide screen and down on a phone, without horizontal scrolling, and only that one is downloaded', async () => {
    for (const [viewport, shown, hidden] of [
      [DESKTOP, 'horizontal', 'vertical'],
      [PHONE, 'vertical', 'horizontal'],
    ] as const) {
      await withPage(browser, { viewport }, async ({ page, requests, errors }) => {
        await page.goto(origin() + '/');
        expect(await page.isVisible(`[data-chart="${shown}"]`)).toBe(true);
        expect(await page.isVisible(`[data-chart="${hidden}"]`)).toBe(false);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
        // Near the timeline the chart's image loads and becomes the inline chart; the other orientation's never loads.
        await page.locator(`#timeline [data-chart="${shown}"]`).scrollIntoViewIfNeeded();
        await page.locator(`#timeline svg[data-chart="${shown}"] [data-mark]`).first().waitFor({ state: 'attached', timeout: 10_000 });
        const paths = requests.map(sitePathOf);
        expect(paths).toContain(`/timeline/chart/${shown}.svg`);
        expect(paths).not.toContain(`/timeline/chart/${hidden}.svg`);
        expect(errors).toEqual([]);
      });
    }
  });
});
