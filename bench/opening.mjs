// What opening one thing costs: the bytes a phone fetches when a reader opens one timeline event
// on the story page and one source note (a citation number), compressed as sent, with each file
// listed. Run against a server per encoding, so brotli and gzip hosts are both measured.
import { chromium } from 'playwright-core';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 };

/** Counts the requests started after `start()`; `settle()` resolves once no request at all is open. */
function recorder(page) {
  const open = new Set();
  const counted = new WeakSet();
  let recording = false;
  const done = [];
  let idle = () => {};
  page.on('request', (r) => {
    open.add(r);
    // The browser asks for the tab's icon whenever it likes; the page did not fetch it.
    if (recording && !r.url().endsWith('/favicon.svg')) counted.add(r);
  });
  const finish = async (r) => {
    if (counted.has(r)) {
      const sizes = await r.sizes().catch(() => ({ responseBodySize: 0, responseHeadersSize: 0 }));
      done.push({ url: r.url(), bytes: sizes.responseBodySize + sizes.responseHeadersSize });
    }
    open.delete(r);
    if (open.size === 0) idle();
  };
  page.on('requestfinished', finish);
  page.on('requestfailed', finish);
  return {
    start: () => (recording = true),
    settle: () => (open.size === 0 ? Promise.resolve() : new Promise((resolve) => (idle = resolve))),
    take: (origin) => {
      recording = false;
      // Blob URLs are made in the page (the map's worker), not fetched.
      const fetched = done.filter((d) => d.url.startsWith(origin));
      const files = Object.fromEntries(fetched.map((d) => [d.url.replace(origin, ''), d.bytes]));
      return { bytes: fetched.reduce((sum, d) => sum + d.bytes, 0), files };
    },
  };
}

/**
 * `home` is the story's address on the served build. The event is the timeline's first one with
 * a source; the note the story's first citation. Nothing else is opened before, so each
 * measurement includes what the first opening loads (the excerpts' code for the first note).
 */
export async function openingBytes(home, chromiumOptions) {
  const browser = await chromium.launch(chromiumOptions);
  try {
    // `find` scrolls to the thing and returns its locator; only the click and what follows is counted.
    const measure = async (find, done, ready = 'html[data-story="ready"]') => {
      const context = await browser.newContext(PHONE);
      const page = await context.newPage();
      const log = recorder(page);
      await page.goto(home);
      await page.waitForSelector('html[data-story="ready"]', { state: 'attached' });
      const target = find(page);
      await target.scrollIntoViewIfNeeded();
      // The timeline's script starts when the reader comes near it.
      await page.waitForSelector(ready, { state: 'attached' });
      // What scrolling there loads (the first view, the map when near the story) is not the
      // opening: two frames let the page's observers ask for it, then it must be drawn and done.
      await page.waitForLoadState('load');
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      await page.waitForFunction(() => {
        const mode = document.documentElement.dataset.mapMode;
        return mode === undefined || mode === 'static' || (mode === 'live' && document.querySelector('[data-map-live][data-map="idle"]') !== null);
      }, undefined, { timeout: 180_000 });
      await log.settle();
      log.start();
      await target.click();
      await page.waitForFunction(done);
      await log.settle();
      const result = log.take(new URL(home).origin);
      await context.close();
      return result;
    };
    const event = await measure(
      (page) => page.locator('#timeline li[data-event-id] summary').first(),
      () => document.querySelector('#timeline li[data-event-id] .src-excerpt') !== null,
      '[data-timeline="ready"]',
    );
    const note = await measure(
      (page) => page.locator('sup.cite a').first(),
      () => document.querySelector('.note-popover .src-excerpt') !== null,
    );
    return { event, note };
  } finally {
    await browser.close();
  }
}
