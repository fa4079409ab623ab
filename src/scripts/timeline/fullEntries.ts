/**
 * The home page's compact timeline carries only each event's heading and a link to its entry on
 * the full timeline. When a reader opens an event, that entry's body (rendered at build on a page
 * of its own, the same markup as on the full timeline) is brought in, and nothing else.
 * The file is our own static file on our own origin; scripts in a parsed document never run.
 */
import { sitePath } from '../../lib/publishing/siteAddress';
import { timelineEntryPath } from '../../lib/time/timelinePaths';
import { eventIdOf } from './eventItem';

const entries = new Map<string, Promise<Document>>();

function entry(url: string): Promise<Document> {
  if (!entries.has(url)) {
    entries.set(
      url,
      fetch(url)
        .then((r) => (r.ok ? r.text() : Promise.reject(new Error(`${url}: ${r.status}`))))
        .then((html) => new DOMParser().parseFromString(html, 'text/html')),
    );
  }
  return entries.get(url)!;
}

/**
 * Replaces the item's placeholder with the full entry. Resolves false if there was nothing to
 * bring in (or it could not be loaded: the placeholder's link to the full entry stays).
 */
export async function bringInFullEntry(item: HTMLElement): Promise<boolean> {
  const placeholder = item.querySelector<HTMLElement>('[data-full-entry]');
  if (!placeholder) return false;
  try {
    const body = (await entry(sitePath(timelineEntryPath(eventIdOf(item))))).querySelector('.tl-event__body');
    if (!body || !placeholder.isConnected) return false;
    placeholder.replaceWith(document.importNode(body, true));
    return true;
  } catch (error) {
    console.warn('[timeline] the full entry could not be loaded; its link remains', error);
    return false;
  }
}
