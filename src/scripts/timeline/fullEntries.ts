/**
 * The home page's compact timeline carries only each event's heading and a link to its entry on
 * the full timeline page. When a reader opens an event, the entry's body (rendered at build, the
 * same markup as on that page) is brought in from there, so nothing is rendered twice in code.
 * The page is our own static file on our own origin; scripts in a parsed document never run.
 * Only its body is parsed: its head's inline styles are allowed by that page's CSP, not this one's.
 */
const SITE_PATH = /^\/[a-z0-9/-]*$/;

const pages = new Map<string, Promise<Document>>();

function page(path: string): Promise<Document> {
  if (!pages.has(path)) {
    pages.set(
      path,
      fetch(path)
        .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${path}: ${r.status}`))))
        .then((html) => new DOMParser().parseFromString(html.slice(Math.max(0, html.indexOf('<body'))), 'text/html')),
    );
  }
  return pages.get(path)!;
}

/**
 * Replaces the item's placeholder with the full entry; in-page links of the full page keep
 * pointing there. Resolves false if there was nothing to bring in (or it could not be loaded:
 * the placeholder's link to the full entry stays).
 */
export async function bringInFullEntry(item: HTMLElement): Promise<boolean> {
  const placeholder = item.querySelector<HTMLElement>('[data-full-entry]');
  const path = placeholder?.dataset.fullEntry ?? '';
  if (!placeholder || !SITE_PATH.test(path)) return false;
  try {
    const body = (await page(path)).getElementById(item.id)?.querySelector('.tl-event__body');
    if (!body || !placeholder.isConnected) return false;
    const entry = document.importNode(body, true);
    for (const link of entry.querySelectorAll('a[href^="#"]')) link.setAttribute('href', path + link.getAttribute('href'));
    placeholder.replaceWith(entry);
    return true;
  } catch (error) {
    console.warn('[timeline] the full entry could not be loaded; its link remains', error);
    return false;
  }
}
