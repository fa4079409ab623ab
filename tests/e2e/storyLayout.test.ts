/**
 * The map stays in sight while the story is read: scrolled through the whole story, on a phone the
 * map shows (at least 40 % of the screen, nothing over it) at 60 % of positions or more, and on a
 * desktop nothing in the story ever covers it. Measured by asking the page what a reader would
 * see at a grid of points on the screen, at regular scroll steps.
 *
 * Layout only, so it runs in the WebGL-less browser: the static map takes the live map's box, and
 * scrolling does not wait for a software-rendered frame at every position.
 */
import { expect, test } from 'vitest';
import { DESKTOP, PHONE, noWebglBrowser, origin, withPage } from './support/browser';
import { settled } from './support/signals';

interface Probe {
  /** Scroll step, as a share of the screen's height. */
  step: number;
  /** Grid of sample points, as shares of the probed box: columns × rows. */
  grid: [number, number];
  /** Probe the whole screen (phone: what share is map?) or only the map's visible box (desktop: is any of it covered?). */
  within: 'screen' | 'map';
}

/** What each sample point shows at one scroll position. */
interface Position {
  y: number;
  /** Share of the points where the map itself shows. */
  mapShare: number;
  /** Story elements found over the map, as tag.class. */
  covering: string[];
}

/** In the page: scrolls through the story and, at each position, asks what is on top at a grid of points. */
const SCROLL_AND_PROBE = async ({ step, grid, within }: Probe): Promise<Position[]> => {
  // The map ignores the pointer during the story; for elementFromPoint it must count as what is there.
  const probe = document.createElement('style');
  probe.textContent = '[data-story-graphic], [data-story-graphic] * { pointer-events: auto !important; }';
  document.head.append(probe);
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const story = document.querySelector<HTMLElement>('.story')!;
  const graphic = document.querySelector<HTMLElement>('[data-story-graphic]')!;
  // The legend, the note and the explore controls are drawn over the map: where they are, the map is not seen.
  const overMap = [...graphic.querySelectorAll('[data-map-legend], [data-map-note], [data-map-explore]')];
  const top = story.getBoundingClientRect().top + scrollY;
  const end = top + story.offsetHeight - innerHeight;
  const positions: Position[] = [];
  for (let y = top; y <= end; y += innerHeight * step) {
    window.scrollTo({ top: y, behavior: 'instant' });
    await frame();
    const box = within === 'screen' ? new DOMRect(0, 0, innerWidth, innerHeight) : graphic.getBoundingClientRect();
    // Only the part of the box that is on screen (the map scrolls away at the story's end).
    const from = Math.max(box.top, 0);
    const to = Math.min(box.bottom, innerHeight);
    const [columns, rows] = grid;
    let seen = 0;
    const covering: string[] = [];
    for (let c = 0; c < columns; c++) {
      for (let r = 0; r < rows; r++) {
        const hit = document.elementFromPoint(box.left + ((c + 0.5) / columns) * box.width, from + ((r + 0.5) / rows) * (to - from));
        if (hit && graphic.contains(hit) && !overMap.some((o) => o.contains(hit))) seen++;
        else if (hit && !graphic.contains(hit) && story.contains(hit)) covering.push(`${hit.tagName.toLowerCase()}.${hit.className}`);
      }
    }
    positions.push({ y: Math.round(y), mapShare: seen / (columns * rows), covering });
  }
  return positions;
};

const scrollThroughStory = (viewport: { width: number; height: number }, probe: Probe) =>
  noWebglBrowser().then((browser) =>
    withPage(browser, { viewport, reducedMotion: 'reduce' }, async (watched) => {
      await watched.page.goto(origin() + '/');
      await settled(watched);
      return watched.page.evaluate(SCROLL_AND_PROBE, probe);
    }),
  );

test('on a phone (390×844) the map shows on at least 40 % of the screen at 60 % of scroll positions or more', async () => {
  const positions = await scrollThroughStory(PHONE, { step: 0.25, grid: [5, 20], within: 'screen' });
  const shown = positions.filter((p) => p.mapShare >= 0.4).length / positions.length;
  console.log(`phone: map visible (≥ 40 % of the screen) at ${(shown * 100).toFixed(0)} % of ${positions.length} scroll positions`);
  expect(positions.length).toBeGreaterThan(20);
  expect(shown).toBeGreaterThanOrEqual(0.6);
});

test('on a desktop (1280×900) nothing in the story covers the map', async () => {
  const positions = await scrollThroughStory(DESKTOP, { step: 0.5, grid: [5, 5], within: 'map' });
  expect(positions.length).toBeGreaterThan(20);
  expect(positions.flatMap((p) => p.covering.map((c) => `${c} at scroll ${p.y}`)).slice(0, 5)).toEqual([]);
});
