import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { browser, foreignRequests, origin, PHONE, sitePathOf, withPage } from '../support/browser';
import { hostSite, snippetFor, type HostSite } from '../support/hostSite';

// A second port is a second origin: the embed runs cross-origin, as on a school's platform.
let site: HostSite;
beforeAll(async () => {
  site = await hostSite();
});
afterAll(() => site?.close());

describe('embeds', () => {
  test('a chapter embed in a cross-origin iframe reports its height and the host resizes the frame', async () => {
    expect(new URL(site.origin).port).not.toBe(new URL(origin()).port);
    const url = await site.page('chapter', await snippetFor('the-announcement'));
    await withPage(browser, { viewport: PHONE }, async ({ page, errors }) => {
      await page.goto(url);
      const iframe = page.locator('iframe[data-oreshnik-embed]');
      expect(await iframe.getAttribute('title')).toMatch(/The announcement/);
      const fixed = Number(await iframe.getAttribute('height'));
      const frame = page.frameLocator('iframe[data-oreshnik-embed]');
      await expect.poll(async () => (await iframe.boundingBox())?.height ?? 0, { timeout: 10_000 }).not.toBe(fixed);
      const contentHeight = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
      const frameHeight = (await iframe.boundingBox())!.height;
      expect(Math.abs(frameHeight - contentHeight)).toBeLessThanOrEqual(2);
      // The frame is tall enough that its content needs no inner scrolling.
      expect(await frame.locator('html').evaluate((html) => html.scrollHeight - window.innerHeight)).toBeLessThanOrEqual(2);
      expect(await frame.getByRole('link', { name: /Read the full story/ }).getAttribute('href')).toMatch(/\/#the-announcement$/);
      // The chapter's map is shown in the embed (there is no sticky map to take its place).
      expect(
        await frame
          .locator('.static-map__graphic svg')
          .first()
          .evaluate((svg) => svg.getBoundingClientRect().width),
      ).toBeGreaterThan(200);
      expect(errors).toEqual([]);
    });
  });

  test('embed pages are usable with JS off: text, map and sources, a link back, nothing sticky', async () => {
    await withPage(browser, { javaScriptEnabled: false, viewport: { width: 320, height: 600 } }, async ({ page, requests }) => {
      for (const path of ['/embed/where-it-is/', '/embed/story/', '/embed/timeline/', '/embed/map/']) {
        await page.goto(origin() + path);
        expect(await page.locator('main').innerText(), path).not.toBe('');
        expect(await page.getByRole('link', { name: /Read the full story/ }).count(), path).toBe(1);
        const sticky = await page.evaluate(() => [...document.querySelectorAll('body *')].filter((e) => ['sticky', 'fixed'].includes(getComputedStyle(e).position)).length);
        expect(sticky, path).toBe(0);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
        expect(await page.locator('link[rel=alternate][type="application/json+oembed"]').count(), path).toBe(1);
      }
      await page.goto(`${origin()}/embed/where-it-is/`);
      expect(await page.locator('[data-static-map]').count()).toBeGreaterThan(0);
      expect(await page.locator('.notes').count()).toBe(1);
      expect(foreignRequests(requests)).toEqual([]);
    });
  });

  test("links to what only the full story has open it in a new tab; links within the embed stay; no control needs the story's map", async () => {
    await withPage(browser, { viewport: PHONE }, async ({ page }) => {
      const links = (selector: string) =>
        page.$$eval(selector, (as) =>
          as.map((a) => {
            // getAttribute: the timeline chart's links are SVG <a> elements.
            const url = new URL(a.getAttribute('href') ?? '', location.href);
            return { text: a.textContent ?? '', path: url.pathname, hash: url.hash, target: a.getAttribute('target') ?? '', here: url.pathname === location.pathname };
          }),
        );

      await page.goto(`${origin()}/embed/where-it-is/`);
      const eventLinks = await links('.notes a[href*="#event-"]');
      expect(eventLinks.length).toBeGreaterThan(0);
      for (const link of eventLinks) {
        expect(link).toMatchObject({ hash: expect.stringMatching(/^#event-/), target: '_blank' });
        expect(['/', '/timeline/']).toContain(sitePathOf(link.path));
      }

      await page.goto(`${origin()}/embed/timeline/`);
      const chapterLinks = (await links('.tl-event a')).filter((l) => l.text.startsWith('Read it in the story'));
      expect(chapterLinks.length).toBeGreaterThan(0);
      for (const link of chapterLinks) expect({ ...link, path: sitePathOf(link.path) }).toMatchObject({ path: '/', target: '_blank' });
      const inPage = await links('a[href^="#dispute-"], a[href^="#event-"]');
      expect(inPage.length).toBeGreaterThan(0);
      expect(inPage.filter((l) => !l.here || l.target !== '')).toEqual([]);
      // Opening an event offers nothing that only works beside the story's map.
      await page.locator('.tl-event summary').first().click();
      expect(await page.locator('[data-show-on-map]:visible').count()).toBe(0);
    });
  });

  test('each chapter embed has its own social preview image and oEmbed JSON', async () => {
    const html = await (await fetch(`${origin()}/embed/where-it-is/`)).text();
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image).toMatch(/\/og\/where-it-is\.png$/);
    const png = await fetch(`${origin()}${sitePathOf(image!)}`);
    expect(png.headers.get('content-type')).toBe('image/png');
    const bytes = new Uint8Array(await png.arrayBuffer());
    // PNG signature, then the IHDR width and height.
    expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
    const view = new DataView(bytes.buffer);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
    const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
    const oembed = await (await fetch(`${origin()}${sitePathOf(discovery!)}`)).json();
    expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
    expect(oembed.html).toContain('/embed/where-it-is/');
    expect(oembed.html).toMatch(/title="[^"]+"/);
  });
});
