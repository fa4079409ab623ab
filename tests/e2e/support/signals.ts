/**
 * Waiting for the page's own signals, set by the client scripts (src/scripts/):
 * - html[data-story="ready"]        the story has shown its first state and listens (story/main.ts)
 * - html[data-map-mode]             "loading" → "live" or "static" once the map code is asked for (map/mapSignal.ts)
 * - [data-map-live][data-map="idle"] the live map rests: drawn, labels laid out, data-map-bounds set (map/liveMap.ts)
 * - [data-timeline="ready"]         the timeline's filters, keys and deep links work (timeline/main.ts)
 */
import { expect } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import type { Watched } from './browser';

/** In the page: has it done everything it starts on its own (or on the scrolling so far)? */
export const PAGE_SETTLED = (): boolean => {
  const html = document.documentElement;
  if (document.readyState !== 'complete') return false;
  // Scripts stripped (support/noJavaScript.ts): nothing will run.
  if (html.classList.contains('no-js')) return true;
  if (document.getElementById('story-data') && document.querySelector('[data-chapter]') && html.dataset.story !== 'ready') return false;
  // The timeline's code starts within a screen's height of it (Timeline.astro).
  const near = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.top < 2 * innerHeight && r.bottom > -innerHeight;
  };
  if ([...document.querySelectorAll<HTMLElement>('[data-timeline]')].some((t) => near(t) && t.dataset.timeline !== 'ready')) return false;
  const mode = html.dataset.mapMode;
  if (mode === 'loading') return false;
  if (mode === 'live') return document.querySelector<HTMLElement>('[data-map-live]')?.dataset.map === 'idle';
  return true;
};

/**
 * Waits until the page (or one of its frames) has settled (PAGE_SETTLED) with none of the page's
 * requests still open: lazily loaded code and data (map, timeline, excerpts) have arrived and run.
 */
export async function settled({ page, inFlight }: Watched, frame: Frame = page.mainFrame(), timeout = 90_000): Promise<void> {
  // Two frames: intersection observers have reported what the last scroll brought near, and started it.
  await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await expect.poll(async () => inFlight.size === 0 && (await frame.evaluate(PAGE_SETTLED)), { timeout }).toBe(true);
}

/** Software WebGL on two cores: MapLibre can take a while to start here. */
const MAP_READY_MS = 180_000;

/** The live map shows the chapter and rests: drawn, labels laid out (liveMap.ts sets data-map="idle"). */
export const liveMapShowing = (page: Page, chapter: string) =>
  page.waitForFunction(
    (id) => {
      const live = document.querySelector<HTMLElement>('[data-map-live]');
      return live?.dataset.ready === 'true' && live.dataset.showing === id && live.dataset.map === 'idle';
    },
    chapter,
    { timeout: MAP_READY_MS },
  );
