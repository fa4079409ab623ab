/**
 * The pages of the built site, found in dist/ so every new page and embed is checked without
 * touching these tests.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { BASE_PATH, DIST_DIR } from '../support/globalSetup';

export const DIST = DIST_DIR;
/** The path the build is served under ("/", or "/oreshnik/" for a BASE_PATH build). */
export const BASE = BASE_PATH;
/** Timeline entries on their own: fragments the home page fetches into its timeline, not pages. */
const FRAGMENTS = /^\/timeline\/entries\//;

export interface BuiltPage {
  /** URL path under the base as a static host serves it: /, /embed/where-it-is/, /404.html */
  path: string;
  /** File in dist/. */
  file: string;
  embed: boolean;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = join(dir, d.name);
    if (d.name.startsWith('.')) return []; // Astro's build scratch space
    if (d.isDirectory()) return htmlFiles(full);
    return d.name.endsWith('.html') ? [full] : [];
  });
}

export function builtPages(): BuiltPage[] {
  return htmlFiles(DIST)
    .map((file) => {
      const rel = relative(DIST, file).split(sep).join('/');
      const path = '/' + rel.replace(/(^|\/)index\.html$/, '$1');
      return { path, file, embed: path.startsWith('/embed/') };
    })
    .filter((p) => !FRAGMENTS.test(p.path))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * One page per template, for the gates that load pages in a browser (axe, keyboard, overflow,
 * privacy, hostile input, resilience): the chapter embeds share one template and differ only in
 * their chapter, so one of them stands for all, the one with the most content. Checks that read
 * the built files (validity, links, policy, metadata) and the JS-off readability check still
 * cover every page.
 */
export function templatePages(): BuiltPage[] {
  const all = builtPages();
  const chapterEmbed = (p: BuiltPage) => p.embed && !/^\/embed\/(story|timeline|map)\/$/.test(p.path);
  const [richest] = all.filter(chapterEmbed).sort((a, b) => statSync(b.file).size - statSync(a.file).size);
  return all.filter((p) => !chapterEmbed(p) || p === richest);
}

/**
 * Scrolls to the bottom in screen-sized steps, so lazy parts (the map, the timeline) start as a
 * reader's would: each element passes through the screen once. One frame per step is enough:
 * intersection observers measure after a frame's animation callbacks, so each frame measures the
 * position the loop has just scrolled to; one more frame at the bottom measures the last one.
 */
export const SCROLL_THROUGH = async () => {
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
    window.scrollTo({ top: y, behavior: 'instant' });
    await frame();
  }
  await frame();
  window.scrollTo({ top: 0, behavior: 'instant' });
};

/**
 * Makes the page load as with JavaScript off, while tests can still evaluate in it (axe needs
 * timers, which a context with javaScriptEnabled: false never runs): documents arrive without
 * their scripts, and <noscript> content is shown as such a browser would show it.
 */
export async function withoutJavaScript(page: Page): Promise<void> {
  await page.route('**/*', async (route) => {
    const request = route.request();
    if (request.resourceType() === 'script') return route.abort();
    if (request.resourceType() !== 'document') return route.fallback();
    const response = await route.fetch();
    const html = (await response.text()).replace(/<script\b[\s\S]*?<\/script>/gi, '').replace(/<\/?noscript>/gi, '');
    return route.fulfill({ response, body: html });
  });
}

/**
 * Chapters (or, on pages without chapters, the main content) that a reader cannot read: each
 * chapter's heading and first paragraph, scrolled into view, must be visible and on top.
 * Synchronous, so it also runs in a page with JavaScript off.
 */
export const UNREADABLE = (): string[] => {
  const chapters = [...document.querySelectorAll<HTMLElement>('[data-chapter][id]')];
  const blocks = chapters.length > 0 ? chapters : [...document.querySelectorAll<HTMLElement>('main')];
  if (blocks.length === 0) return ['no chapter and no <main> on the page'];
  return blocks.flatMap((block) => {
    const name = block.id || block.tagName.toLowerCase();
    // The heading and the first real paragraph (not a short kicker like "Chapter 1 of 9").
    const text = [...block.querySelectorAll<HTMLElement>('p')].find((p) => (p.textContent ?? '').trim().length >= 40);
    const targets = [block.querySelector<HTMLElement>('h1, h2, h3'), text].filter((el): el is HTMLElement => el != null);
    if (targets.length < 2) return [`${name}: no heading or no text`];
    // The reading area is the viewport below sticky bars, which the page declares as scroll-padding-top.
    const room = innerHeight - (parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0);
    return targets.flatMap((el) => {
      // As a reader reaches text: in the middle of the reading area, or, when it is taller than
      // that area (a long paragraph in a short iframe), with its first line at the area's top.
      el.scrollIntoView({ block: el.getBoundingClientRect().height > room ? 'start' : 'center', behavior: 'instant' });
      const box = el.getBoundingClientRect();
      const visible = el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) && box.width > 0 && box.height > 0 && (el.innerText ?? '').trim().length > 0;
      const x = Math.min(Math.max(box.left + 4, 0), innerWidth - 1);
      const y = Math.min(Math.max(box.top + Math.min(box.height / 2, 10), 0), innerHeight - 1);
      const onTop = document.elementFromPoint(x, y);
      const covered = !onTop || !(el === onTop || el.contains(onTop) || onTop.contains(el));
      return !visible || covered ? [`${name} ${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 40)}” ${!visible ? 'is hidden' : `is covered by ${onTop?.tagName.toLowerCase()}.${onTop?.className}`}`] : [];
    });
  });
};
