/**
 * The map stays in sight while the story is read: scrolled through the whole story, on a phone the
 * map shows (at least 40 % of the screen, nothing over it) at 60 % of positions or more, and on a
 * desktop nothing in the story ever covers it. Measured by asking the page what a reader would
 * see at a grid of points on the screen, at screen-quarter scroll steps.
 */
import { expect, test } from 'vitest';
import { browser, origin, PHONE, withPage } from './support/browser';
import { settled } from './support/signals';

/** In the page: for each scroll position through the story, the share of the screen where the map is what shows (sampled on a 5 × 20 grid). */
const MAP_SHARES = async (): Promise<number[]> => {
  // The map ignores the pointer during the story; for elementFromPoint it must count as what is there.
  const probe = document.createElement('style');
  probe.textContent = '[data-story-graphic], [data-story-graphic] * { pointer-events: auto !important; }';
  document.head.append(probe);
  const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const story = document.querySelector<HTMLElement>('.story')!;
  const graphic = document.querySelector<HTMLElement>('[data-story-graphic]')!;
  // The legend, the note and the explore controls are drawn over the map: where they are, the map is not seen.
  const overMap = graphic.querySelectorAll('[data-map-legend], [data-map-note], [data-map-explore]');
  const top = story.getBoundingClientRect().top + scrollY;
  const end = top + story.offsetHeight - innerHeight;
  const shares: number[] = [];
  for (let y = top; y <= end; y += innerHeight / 4) {
    window.scrollTo({ top: y, behavior: 'instant' });
    await frame();
    let seen = 0;
    let all = 0;
    for (let px = 0.1; px < 1; px += 0.2) {
      for (let py = 0.025; py < 1; py += 0.05) {
        all++;
        const hit = document.elementFromPoint(px * innerWidth, py * innerHeight);
        if (hit && graphic.contains(hit) && ![...overMap].some((o) => o.contains(hit))) seen++;
      }
    }
    shares.push(seen / all);
  }
  return shares;
};

test('on a phone (390×844) the map shows on at least 40 % of the screen at 60 % of scroll positions or more', async () => {
  await withPage(browser, { viewport: PHONE, reducedMotion: 'reduce' }, async (watched) => {
    await watched.page.goto(origin() + '/');
    await settled(watched);
    const shares = await watched.page.evaluate(MAP_SHARES);
    const shown = shares.filter((s) => s >= 0.4).length / shares.length;
    console.log(`phone: map visible (≥ 40 % of the screen) at ${(shown * 100).toFixed(0)} % of ${shares.length} scroll positions`);
    expect(shares.length).toBeGreaterThan(20);
    expect(shown).toBeGreaterThanOrEqual(0.6);
  });
});

test('on a desktop (1280×800) nothing in the story covers the map', async () => {
  await withPage(browser, { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' }, async (watched) => {
    await watched.page.goto(origin() + '/');
    await settled(watched);
    const covered = await watched.page.evaluate(async () => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const story = document.querySelector<HTMLElement>('.story')!;
      const graphic = document.querySelector<HTMLElement>('[data-story-graphic]')!;
      const probe = document.createElement('style');
      probe.textContent = '[data-story-graphic], [data-story-graphic] * { pointer-events: auto !important; }';
      document.head.append(probe);
      const top = story.getBoundingClientRect().top + scrollY;
      const end = top + story.offsetHeight - innerHeight;
      const out: string[] = [];
      for (let y = top; y <= end; y += innerHeight / 2) {
        window.scrollTo({ top: y, behavior: 'instant' });
        await frame();
        const box = graphic.getBoundingClientRect();
        // Only the part of the map that is on screen (it scrolls away at the story's end).
        const from = Math.max(box.top, 0);
        const to = Math.min(box.bottom, innerHeight);
        for (let px = 0.1; px < 1; px += 0.2) {
          for (let py = 0.1; py < 1; py += 0.2) {
            const x = box.left + px * box.width;
            const yy = from + py * (to - from);
            const hit = document.elementFromPoint(x, yy);
            if (hit && !graphic.contains(hit) && story.contains(hit)) out.push(`${hit.tagName.toLowerCase()}.${hit.className} at scroll ${Math.round(y)}`);
          }
        }
      }
      return out;
    });
    expect(covered.slice(0, 5)).toEqual([]);
  });
});
