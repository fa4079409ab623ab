/**
 * The chapters' own graphics in the story, as a reader meets them: each inside its chapter, named by
 * its title, described by its text alternative, and drawn in the arrangement that fits the screen
 * (the phone one at 390 px, the column's at 1280 px) without running off it. The story page shows
 * them as lazy images: each is scrolled to, as a reader would, and read once it has loaded.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';
import { browser, DESKTOP, PHONE, origin, withPage } from './support/browser';

const graphics = readdirSync('content/graphics')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), ...(parse(readFileSync(`content/graphics/${f}`, 'utf8')) as { chapter: string; title: string; alt: string }) }));

test('every chapter graphic is in its chapter with its text alternative, and fits a phone and a desktop', () =>
  withPage(browser, { viewport: PHONE }, async ({ page }) => {
    expect(graphics.length).toBeGreaterThanOrEqual(3);
    await page.goto(origin() + '/');
    await page.waitForSelector('html[data-story="ready"]');
    const read = () =>
      page.evaluate(async (list) => {
        const found = [];
        for (const { id, chapter } of list) {
          const root = document.querySelector(`#${chapter} [data-chapter-graphic="${id}"]`);
          const figure = root?.querySelector('figure');
          const byIds = (attr: string) => (figure?.getAttribute(attr) ?? '').split(' ').map((ref) => document.getElementById(ref)?.textContent?.trim() ?? '').join(' ');
          root?.scrollIntoView();
          const images = [...(root?.querySelectorAll('img') ?? [])];
          // A picture's image loads the drawing its media query chose once it comes near the viewport.
          await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
          const shown = images.filter((img) => img.getBoundingClientRect().width > 0 && img.naturalWidth > 0);
          const box = shown[0]?.getBoundingClientRect();
          found.push({
            id,
            name: byIds('aria-labelledby'),
            description: byIds('aria-describedby'),
            shown: shown.length,
            // The drawing says nothing to assistive tech that the caption and list do not.
            hiddenFromAT: shown.every((img) => img.getAttribute('alt') === ''),
            fits: box ? box.left >= 0 && box.right <= window.innerWidth && box.height > 100 : false,
            // An SVG image's natural width is its drawing's width in SVG units.
            textWidth: box ? box.width / shown[0].naturalWidth : 0,
          });
        }
        return found;
      }, graphics.map(({ id, chapter }) => ({ id, chapter })));
    const expected = graphics.map(({ id, title, alt }) => expect.objectContaining({ id, name: title, description: alt.replace(/\s+/g, ' '), shown: 1, hiddenFromAT: true, fits: true }));
    const phone = await read();
    expect(phone).toEqual(expected);
    // The phone arrangement is drawn at about its own size: text stays readable, not shrunk to fit.
    for (const g of phone) expect(g.textWidth).toBeGreaterThan(0.85);
    await page.setViewportSize(DESKTOP);
    const desktop = await read();
    expect(desktop).toEqual(expected);
    for (const g of desktop) expect(g.textWidth).toBeGreaterThan(0.8);
  }));
