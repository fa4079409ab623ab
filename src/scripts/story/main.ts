/**
 * The story's browser entry: reads the build-time story data, watches the steps, and turns the
 * active chapter into one complete state rendered by every view.
 */
import { chapterTelling, neighbourChapter, storyState, type StoryChaptersData, type StoryData, type StorySelection } from '../../lib/story/storyState';
import { readLocation } from '../../lib/url/readLocation';
import { prefersReducedMotion, setupMotionToggle } from './motion';
import { registerView, render } from './render';
import { watchSteps } from './scrollSteps';
import { progressView } from './progressView';
import { addressView } from './addressView';
import { setupKeyboard, goToChapter } from './navigation';
import { setupCitationNotes } from './citationNotes';
import { whenNear } from '../whenNear';
import { signalMap } from '../map/mapSignal';

const dataElement = document.getElementById('story-data');
const steps = [...document.querySelectorAll<HTMLElement>('[data-chapter]')];

if (dataElement && steps.length > 0) {
  const data: StoryData = { eventViews: {}, ...(JSON.parse(dataElement.textContent ?? '{}') as StoryChaptersData) };
  const known = {
    chapters: new Set(data.chapters.map((c) => c.id)),
    events: new Set([...document.querySelectorAll<HTMLElement>('[data-event-id]')].map((e) => e.dataset.eventId ?? '')),
  };
  setupMotionToggle(document.querySelector<HTMLButtonElement>('[data-motion-toggle]'));
  setupCitationNotes();
  registerView('progress', progressView(document.querySelector('[data-progress]')));
  registerView(
    'address',
    addressView((hash) => {
      const id = hash.slice(1);
      return known.chapters.has(id) || (id.startsWith('event-') && known.events.has(id.slice('event-'.length)));
    }),
  );

  let selection: StorySelection = { chapterId: data.chapters[0].id };
  const show = (next: StorySelection, animate: boolean) => {
    selection = next;
    render(storyState(data, selection), { animate: animate && !prefersReducedMotion() });
  };

  // The timeline events' map views are a file of their own, fetched for the first event a reader
  // opens or links to; an event without a view leaves the chapter's map.
  let eventViewsLoaded: Promise<void> | undefined;
  const withEventView = (eventId: string, onView: () => void) => {
    eventViewsLoaded ??= fetch(`${import.meta.env.BASE_URL.replace(/\/?$/, '/')}map-data/event-views.json`)
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`event-views.json: ${r.status}`))))
      .then((views: StoryData['eventViews']) => void (data.eventViews = views))
      .catch((error) => console.warn('[story] map views of events unavailable; chapters keep their maps', error));
    void eventViewsLoaded.then(() => data.eventViews[eventId] && onView());
  };

  // A deep link shows its state at once, without replaying the chapters before it (an event's
  // places follow as soon as its view has loaded, unless the reader has moved on).
  const request = readLocation(location.hash, location.search, known);
  if (request.eventId) {
    const { eventId } = request;
    const chapterId = chapterTelling(data, eventId) ?? selection.chapterId;
    show({ chapterId }, false);
    withEventView(eventId, () => selection.chapterId === chapterId && !selection.eventId && show({ chapterId, eventId }, false));
  } else if (request.chapterId) show({ chapterId: request.chapterId }, false);
  else show(selection, false);

  let firstReport = true;
  watchSteps(steps, (index) => {
    const chapterId = steps[index].dataset.chapter!;
    // The watcher's first report on load must not override a deep link still scrolling into place.
    const deepLinked = firstReport && (request.chapterId || request.eventId);
    firstReport = false;
    if (deepLinked) return;
    // A selected event holds the map until the reader moves to another chapter.
    if (chapterId !== selection.chapterId) show({ chapterId }, true);
  });

  setupKeyboard(steps, (step, from) => goToChapter(neighbourChapter(data, from, step)));

  // The timeline asks the story to show an event's places (the map updates even while out of view).
  document.addEventListener('story:select-event', (e) => {
    const eventId = (e as CustomEvent<string>).detail;
    if (typeof eventId === 'string') withEventView(eventId, () => show({ chapterId: selection.chapterId, eventId }, true));
  });
  // …or to take the reader to the map with that event's places on it.
  document.addEventListener('story:show-event-on-map', (e) => {
    const eventId = (e as CustomEvent<string>).detail;
    if (typeof eventId !== 'string') return;
    withEventView(eventId, () => {
      const chapterId = chapterTelling(data, eventId) ?? selection.chapterId;
      show({ chapterId, eventId }, false);
      // An instant jump: a smooth scroll would pass other chapters and replace the event's view.
      document.getElementById(chapterId)?.querySelector('.chapter__card')?.scrollIntoView({ behavior: 'instant', block: 'start' });
      document.getElementById(`${chapterId}-title`)?.focus({ preventScroll: true });
    });
  });

  // MapLibre is heavy (about 300 KB compressed plus a worker): it loads when a story card scrolls
  // into view, never with the first view; until then the static map stands in. Any card counts
  // as reaching the story: a deep link may land on a later chapter.
  whenNear(
    steps.flatMap((step) => [...step.querySelectorAll('.chapter__card')]),
    () => {
      signalMap('loading');
      return import('../map/mountMap')
        .then(({ mountMap }) => mountMap())
        .then((apply) => (apply ? registerView('map', apply) : signalMap('static')))
        .catch((error) => {
          signalMap('static');
          console.warn('[story] the interactive map could not start; static maps remain', error);
        });
    },
  );

  // For tests and tools (nothing reads it): the story has shown its first state and listens.
  document.documentElement.dataset.story = 'ready';
}
