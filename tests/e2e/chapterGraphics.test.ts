/**
 * The chapters' own graphics in the story, as a reader meets them: each inside its chapter, named by
 * its title, described by its text alternative, and drawn in the arrangement that fits the screen
 * (the phone one at 390 px, the wide one at 1280 px) without running off it.
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
      page.evaluate((list) =>
        list.map(({ id, chapter }) => {
          const root = document.querySelector(`#${chapter} [data-chapter-graphic="${id}"]`);
          const figure = root?.querySelector('figure');
          const byIds = (attr: string) => (figure?.getAttribute(attr) ?? '').split(' ').map((ref) => document.getElementById(ref)?.textContent?.trim() ?? '').join(' ');
          const shown = [...(root?.querySelectorAll<SVGSVGElement>('svg') ?? [])].filter((svg) => svg.getBoundingClientRect().width > 0);
          const box = shown[0]?.getBoundingClientRect();
          return {
            id,
            name: byIds('aria-labelledby'),
            description: byIds('aria-describedby'),
            shown: shown.length,
            hiddenFromAT: shown.every((svg) => svg.getAttribute('aria-hidden') === 'true'),
            fits: box ? box.left >= 0 && box.right <= window.innerWidth && box.height > 100 : false,
            textWidth: box ? box.width / shown[0].viewBox.baseVal.width : 0,
          };
        }),
      graphics.map(({ id, chapter }) => ({ id, chapter })));
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
