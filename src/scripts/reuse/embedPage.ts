/**
 * Enhancements for embed pages: report the height to the host, open links to other pages in
 * a new tab (a publisher's page inside a school's iframe would be cramped or refuse to load),
 * and point event links at the full story, where the timeline lives.
 */
import { reportHeight } from './reportHeight';
import { setupCopyButtons } from './copyButtons';
import { setupMapPicker } from './mapPicker';

const root = document.querySelector<HTMLElement>('[data-embed-root]');
const story = root?.dataset.storyUrl;

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
  const href = link.getAttribute('href') ?? '';
  if (story && href.startsWith('#event-') && !document.getElementById(href.slice(1))) link.href = new URL(href, story).href;
  else if (href.startsWith('#')) continue;
  link.target = '_blank';
  link.rel = 'noopener';
}

setupCopyButtons();
setupMapPicker(document.querySelector<HTMLElement>('[data-map-picker]'));
reportHeight(root?.dataset.embedId);
