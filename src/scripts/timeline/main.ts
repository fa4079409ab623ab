/**
 * The timeline's browser entry: filters, arrow-key navigation, #event-<id> deep links that open
 * their event, opening an event shows its places on the story's map, and the story's highlight.
 * Loaded when the timeline comes near (Timeline.astro), or at once for an event's deep link.
 */
import { readLocation } from '../../lib/url/readLocation';
import { onStory, type StoryController } from '../story/storyController';
import { setupFilters } from './filters';
import { setupRovingFocus } from './rovingFocus';
import { timelineView } from './timelineView';
import { addExcerpts } from '../sources/sourceExcerpts';
import { setupCopyButtons } from '../reuse/copyButtons';
import { bringInFullEntry } from './fullEntries';
import { inlineCharts } from './inlineCharts';
import { EVENT_ITEM, eventIdOf } from './eventItem';
import type { StoryState } from '../../lib/story/storyState';

const root = document.querySelector<HTMLElement>('[data-timeline]');
const list = root?.querySelector<HTMLElement>('[data-tl-list]');
const form = root?.querySelector<HTMLFormElement>('[data-tl-filters]');

if (root && list && form) {
  const items = [...list.querySelectorAll<HTMLElement>(`:scope > ${EVENT_ITEM}`)];
  const byId = new Map(items.map((item) => [eventIdOf(item), item]));
  // Each event's marks on the charts; indexed again when the compact timeline's chart becomes inline (inlineCharts.ts).
  const marks = new Map<string, Element[]>();
  const indexMarks = () => {
    marks.clear();
    for (const mark of root.querySelectorAll<SVGElement>('[data-mark]')) {
      const id = mark.dataset.mark ?? '';
      marks.set(id, [...(marks.get(id) ?? []), mark]);
    }
  };
  indexMarks();
  const marksOf = (id: string) => marks.get(id) ?? [];
  const summaryOf = (item: HTMLElement) => item.querySelector<HTMLElement>(':scope > details > summary')!;

  const roving = setupRovingFocus(list, items.map(summaryOf));
  const filters = setupFilters(form, items, marksOf, () => roving.refresh());
  root.querySelector<HTMLElement>('[data-tl-keys]')?.removeAttribute('hidden');

  // "Show on the map" only where the story's map is (not on the timeline embed).
  const storyMap = document.querySelector('[data-story-graphic]') !== null;
  let story: StoryController | undefined;
  const view = timelineView(root, items, marksOf);
  let shown: StoryState | undefined;
  onStory((started) => {
    story = started;
    started.subscribe('timeline', (state, options) => view((shown = state), options));
  });
  // A chart drawn inline since takes the filters and the story's highlight as they stand.
  inlineCharts(root, () => {
    indexMarks();
    filters.apply();
    if (shown) view(shown, { animate: false });
  });
  const enhance = (item: HTMLElement) => {
    setupCopyButtons(item);
    const showOnMap = item.querySelector<HTMLButtonElement>('[data-show-on-map]');
    if (!showOnMap || !storyMap || !showOnMap.hidden) return;
    showOnMap.hidden = false;
    showOnMap.addEventListener('click', () => story?.showEventOnMap(eventIdOf(item)));
  };
  // Opening an event asks the story to show its places (the story ignores events without any),
  // brings in its full entry where this is the compact timeline, and its sources' excerpts.
  for (const item of items) {
    enhance(item);
    const details = item.querySelector('details');
    details?.addEventListener('toggle', () => {
      if (!details.open) return;
      story?.selectEvent(eventIdOf(item));
      void bringInFullEntry(item).then((added) => {
        if (added) enhance(item);
        return addExcerpts(details, details.querySelector<HTMLElement>('[data-excerpts]')?.dataset.excerpts);
      });
    });
  }

  const requested = () => readLocation(location.hash, '', { chapters: new Set(), events: new Set(byId.keys()) }).eventId;
  const open = (eventId: string | undefined) => {
    const item = eventId ? byId.get(eventId) : undefined;
    if (!item) return;
    filters.reveal(item);
    const details = item.querySelector('details');
    if (details) details.open = true;
    const summary = summaryOf(item);
    roving.setCurrent(summary);
    summary.focus({ preventScroll: true });
    item.scrollIntoView({ block: 'start' });
  };
  // The story may rewrite the address before the page has loaded, and Chrome's own scroll to the
  // fragment at load takes focus away: remember the deep link and open it again once loaded.
  const deepLink = requested();
  open(deepLink);
  if (deepLink && document.readyState !== 'complete') {
    window.addEventListener('load', () => requestAnimationFrame(() => open(deepLink)), { once: true });
  }
  window.addEventListener('hashchange', () => open(requested()));

  // For tests and tools (nothing reads it): filters, keys and deep links are live.
  root.dataset.timeline = 'ready';
}
