/**
 * Embeds on the hosts teachers and newsrooms really use, each page on a second origin:
 * a pym.js parent (the real package), a WordPress-style sandboxed frame, and a plain
 * fixed-height frame that nothing resizes.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { browser, foreignRequests, origin, PHONE, DESKTOP, withPage } from '../support/browser';
import { serveFolder, type Served } from '../support/staticServer';

let host: Served;
let hostFolder: string;

beforeAll(async () => {
  hostFolder = await mkdtemp(join(tmpdir(), 'embed-hosts-'));
  host = await serveFolder(hostFolder);
});
afterAll(async () => {
  await host?.close();
  await rm(hostFolder, { recursive: true, force: true });
});

const unescape = (html: string) =>
  html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#34;/g, '"').replace(/&amp;/g, '&');

/** A code box from /lesson/ exactly as the site hands it out, pointed at the local server. */
async function lessonCode(textareaId: string): Promise<string> {
  const html = await (await fetch(`${origin()}/lesson/`)).text();
  const code = new RegExp(`<textarea[^>]*id="${textareaId}"[^>]*>([\\s\\S]*?)</textarea>`).exec(html)?.[1];
  if (!code) throw new Error(`no code box #${textareaId} on /lesson/`);
  const text = unescape(code);
  const site = /(https?:\/\/[^"]+?)\/embed\//.exec(text)![1];
  return text.split(site).join(origin());
}

async function hostPage(name: string, body: string): Promise<string> {
  await writeFile(
    join(hostFolder, `${name}.html`),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Course page</title></head>` +
      `<body><h1>Week 3</h1>${body}<p>After the embed.</p></body></html>`,
  );
  return `${host.origin}/${name}.html`;
}

/** The embed's frame inside the host page (cross-origin: read through the browser, not the DOM). */
async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator('iframe').first().elementHandle();
  const frame = await handle!.contentFrame();
  await frame!.waitForSelector('html[class~="js"]', { state: 'attached' });
  return frame!;
}

/** How long to wait for the next height message after the content changes; a busy machine is slow. */
const SETTLE = { timeout: 15_000 };

const contentHeight = (frame: Frame) => frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));

/** The `_headers` rules a static host (Cloudflare Pages, Netlify) would send for a path pattern. */
async function headersFor(pattern: string): Promise<Record<string, string>> {
  const lines = (await (await fetch(`${origin()}/_headers`)).text()).split('\n');
  const start = lines.indexOf(pattern);
  const found: Record<string, string> = {};
  for (const line of start < 0 ? [] : lines.slice(start + 1)) {
    const match = /^\s+([\w-]+):\s*(.+)$/.exec(line);
    if (!match) break;
    found[match[1]] = match[2];
  }
  return found;
}

describe('embeds on real hosts', () => {
  test('a pym.js parent (the real package) sizes the embed to its content', async () => {
    const served = await (await fetch(`${origin()}/embed/pym.v1.min.js`)).text();
    expect(served).toBe(await readFile('node_modules/pym.js/dist/pym.v1.min.js', 'utf8'));
    const url = await hostPage('pym', await lessonCode('embed-pym-where-it-is'));
    await withPage(browser, { viewport: PHONE }, async ({ page, errors, requests }) => {
      await page.goto(url);
      // pym.js creates the frame at the browser's default 150 px and sets its height attribute.
      await page.waitForFunction(() => Number.parseInt(document.querySelector('iframe')?.getAttribute('height') ?? '0') > 300);
      const iframe = page.locator('iframe');
      expect(await iframe.getAttribute('title')).toMatch(/Where it is/);
      const frame = await embedFrame(page);
      await expect
        .poll(async () => Math.abs(Number.parseInt((await iframe.getAttribute('height'))!) / (await contentHeight(frame)) - 1), SETTLE)
        .toBeLessThanOrEqual(0.1);
      expect(errors).toEqual([]);
      // pym.js and the embed both came from the site: nothing from a CDN.
      expect(foreignRequests(requests.filter((r) => !r.startsWith(host.origin)))).toEqual([]);
    });
  });

  test('a WordPress-style frame (sandbox="allow-scripts", #?secret=) receives the height', async () => {
    const secret = 'Zx81q2W7pk';
    // What WordPress's wp-embed.js does: match the frame by secret and window, clamp to 200–1000 px.
    const listener = `<script>
      window.received = [];
      addEventListener('message', function (e) {
        var d = e.data;
        if (!d || d.message !== 'height' || /[^a-zA-Z0-9]/.test(d.secret)) return;
        document.querySelectorAll('iframe[data-secret="' + d.secret + '"]').forEach(function (f) {
          if (f.contentWindow !== e.source) return;
          window.received.push(d.value);
          f.height = Math.max(200, Math.min(1000, parseInt(d.value, 10)));
        });
      });
    </script>`;
    const frameHtml = `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" title="Maps" src="${origin()}/embed/map/#?secret=${secret}" data-secret="${secret}" width="600" height="338"></iframe>`;
    const url = await hostPage('wordpress', listener + frameHtml);
    // The rule's path starts with the base the build is served under (public/_headers moved there at build).
    const cors = await headersFor(new URL('_astro/*', `${origin()}/`).pathname);
    expect(cors['Access-Control-Allow-Origin']).toBe('*');

    // A host that sends the headers file's CORS rule: the embed's modules load too, without errors.
    await withPage(browser, { viewport: DESKTOP }, async ({ page, errors }) => {
      await page.route(`${origin()}/_astro/**`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, headers: { ...response.headers(), ...Object.fromEntries(Object.entries(cors).map(([k, v]) => [k.toLowerCase(), v])) } });
      });
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { received: number[] }).received.length > 0);
      const frame = await embedFrame(page);
      expect(await frame.evaluate(() => self.origin)).toBe('null');
      // The map picker is the module script's work: it ran inside the sandbox (and hid all maps but one).
      await frame.locator('#map-chapter').waitFor({ state: 'visible' });
      await expect
        .poll(async () => {
          const received = await page.evaluate(() => (window as unknown as { received: number[] }).received.at(-1)!);
          return Math.abs(received / (await contentHeight(frame)) - 1);
        }, SETTLE)
        .toBeLessThanOrEqual(0.1);
      expect(Number(await page.locator('iframe').getAttribute('height'))).toBeGreaterThan(338);
      expect(errors).toEqual([]);
    });

    // A host that ignores the headers file: the modules are blocked, the height still arrives.
    await withPage(browser, { viewport: DESKTOP }, async ({ page }) => {
      await page.goto(url);
      await page.waitForFunction(() => (window as unknown as { received: number[] }).received.length > 0);
      expect(Number(await page.locator('iframe').getAttribute('height'))).toBeGreaterThan(338);
    });
  });

  test('host.js still sizes the frame when a CMS filter strips its data attribute', async () => {
    const snippet = (await lessonCode('embed-code-the-announcement')).replace(' data-oreshnik-embed', '');
    expect(snippet).not.toContain('data-oreshnik-embed');
    const url = await hostPage('stripped', snippet);
    await withPage(browser, { viewport: PHONE }, async ({ page, errors }) => {
      await page.goto(url);
      await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '');
      const frame = await embedFrame(page);
      await expect
        .poll(async () => Math.abs((await page.locator('iframe').boundingBox())!.height / (await contentHeight(frame)) - 1), SETTLE)
        .toBeLessThanOrEqual(0.1);
      expect(errors).toEqual([]);
    });
  });

  for (const viewport of [PHONE, DESKTOP]) {
    test(`in a 600 px frame nothing resizes (${viewport.width} px wide), the embed scrolls inside and links to the full story`, async () => {
      const iframe = (await lessonCode('embed-code-where-it-is')).split('\n')[0].replace(/height="\d+"/, 'height="600"');
      expect(iframe).toMatch(/^<iframe [^>]*><\/iframe>$/);
      const url = await hostPage(`fixed-${viewport.width}`, iframe);
      await withPage(browser, { viewport }, async ({ page, errors }) => {
        await page.goto(url);
        const frame = await embedFrame(page);
        expect((await page.locator('iframe').boundingBox())!.height).toBe(600);
        const view = await frame.evaluate(() => ({ height: innerHeight, width: innerWidth, scrollWidth: document.documentElement.scrollWidth, scrollHeight: document.documentElement.scrollHeight }));
        expect(view.scrollWidth).toBeLessThanOrEqual(view.width);
        expect(view.scrollHeight).toBeGreaterThan(view.height);
        // The link back is on screen before any scrolling.
        const back = frame.getByRole('link', { name: /open the full story/ });
        expect(await back.getAttribute('href')).toMatch(/\/#where-it-is$/);
        const box = await back.evaluate((a) => a.getBoundingClientRect().toJSON() as DOMRect);
        expect(box.bottom).toBeLessThanOrEqual(view.height);
        // The map fits the frame whole.
        const map = await frame.locator('.static-map__graphic svg').first().evaluate((svg) => svg.getBoundingClientRect().toJSON() as DOMRect);
        expect(map.width).toBeGreaterThan(200);
        expect(map.width).toBeLessThanOrEqual(view.width);
        expect(map.height).toBeLessThan(view.height);
        // The reader scrolls inside the frame down to the credits.
        await frame.getByRole('link', { name: /Read the full story/ }).scrollIntoViewIfNeeded();
        expect(await frame.evaluate(() => scrollY)).toBeGreaterThan(0);
        expect(errors).toEqual([]);
      });
    });
  }
});
