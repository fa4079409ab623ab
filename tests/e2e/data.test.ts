import { readdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { browser, origin, sitePathOf, withPage } from './support/browser';

const ids = (folder: string) =>
  readdirSync(`content/${folder}`)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();

describe('data downloads', () => {
  test('the page links the four data files, with the licence and the as-of date', async () => {
    await withPage(browser, { javaScriptEnabled: false }, async ({ page }) => {
      await page.goto(origin() + '/');
      const links = (await page.$$eval('#data a[download]', (as) => as.map((a) => (a as HTMLAnchorElement).href))).map(sitePathOf);
      expect(links).toEqual(['/data/events.json', '/data/events.csv', '/data/sources.json', '/data/places.geojson']);
      const text = await page.textContent('#data');
      expect(text).toMatch(/As of \d{1,2} \w+ \d{4}/);
      expect(await page.$$eval('#data a:not([download])', (as) => as.map((a) => (a as HTMLAnchorElement).href))).toContain('https://creativecommons.org/licenses/by/4.0/');
    });
  });

  test('each file downloads, parses and carries every content id', async () => {
    await withPage(browser, {}, async ({ page }) => {
      await page.goto(origin() + '/');
      const get = async (path: string) => {
        const response = await page.request.get(origin() + path);
        expect(response.status(), path).toBe(200);
        return response;
      };
      const events = await (await get('/data/events.json')).json();
      expect(events.events.map((e: { id: string }) => e.id).sort()).toEqual(ids('events'));
      expect(events.licence.url).toMatch(/^https:/);
      expect(events.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);

      const csv = await get('/data/events.csv');
      expect(csv.headers()['content-type']).toMatch(/text\/csv/);
      // The byte-order mark is for spreadsheets (tests/e2e/publishing.test.ts checks it); rows start after it.
      const text = (await csv.text()).replace(/^\uFEFF/, '');
      expect(text.split('\r\n')[0]).toMatch(/^id,date,precision,title,/);
      for (const id of ids('events')) expect(text).toContain(`\r\n${id},`);

      const sourcesFile = await (await get('/data/sources.json')).json();
      expect(sourcesFile.sources.map((s: { id: string }) => s.id).sort()).toEqual(ids('sources'));

      const places = JSON.parse(await (await get('/data/places.geojson')).text());
      expect(places.type).toBe('FeatureCollection');
      expect(places.features.map((f: { id: string }) => f.id).sort()).toEqual(ids('places'));
    });
  });
});
