/**
 * Enhancements for embed pages: report the height to the host, and open links to other pages
 * (the full story, sources) in a new tab: a publisher's page inside a school's iframe would be
 * cramped or refuse to load. Links within the embed stay in place.
 */
import { reportHeight } from './reportHeight';
import { setupCopyButtons } from './copyButtons';
import { setupMapPicker } from './mapPicker';

const root = document.querySelector<HTMLElement>('[data-embed-root]');

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
  if (link.getAttribute('href')?.startsWith('#')) continue;
  link.target = '_blank';
  link.relList.add('noopener'); // keeping noreferrer on links to sources
}

setupCopyButtons();
setupMapPicker(document.querySelector<HTMLElement>('[data-map-picker]'));
reportHeight(root?.dataset.embedId);
