/**
 * Enhancements for embed pages (the height is reported by the page's inline script): open links to other pages
 * (the full story, sources) in a new tab: a publisher's page inside a school's iframe would be
 * cramped or refuse to load. Links within the embed stay in place.
 */
import { setupCopyButtons } from './copyButtons';
import { setupMapPicker } from './mapPicker';

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
  if (link.getAttribute('href')?.startsWith('#')) continue;
  link.target = '_blank';
  link.relList.add('noopener'); // keeping noreferrer on links to sources
}

setupCopyButtons();
setupMapPicker(document.querySelector<HTMLElement>('[data-map-picker]'));
