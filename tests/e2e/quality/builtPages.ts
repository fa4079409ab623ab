/**
 * The pages of the built site, found in dist/ so every new page and embed is checked without
 * touching these tests.
 */
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { DIST_DIR } from '../support/globalSetup';

export const DIST = DIST_DIR;

export interface BuiltPage {
  /** URL path as a static host serves it: /, /embed/where-it-is/, /404.html */
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
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Scrolls to the bottom in screen-sized steps, so lazy parts (the map) start as a reader's would. */
export const SCROLL_THROUGH = async () => {
  for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight * 0.8) {
    window.scrollTo({ top: y, behavior: 'instant' });
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 30)));
  }
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
