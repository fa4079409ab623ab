/**
 * The story's browser entry: reads the story's outline from the page, starts the story controller, and
 * connects its inputs (the scroll watcher over the steps, the keyboard) and its views (progress,
 * the map once it has loaded; the timeline connects itself when it loads).
 */
import type { StoryChaptersData, StoryData } from '../../lib/story/storyState';
import { setupMotionToggle } from './motion';
import { startStory } from './storyController';
import { watchSteps } from './scrollSteps';
import { progressView } from './progressView';
import { setupKeyboard } from './navigation';
import { trackInputModality } from './inputModality';
import { setupCitationNotes } from './citationNotes';
import { whenNear } from '../whenNear';
import { signalMap } from '../map/mapSignal';
import { sitePath } from '../../lib/publishing/siteAddress';
import { EVENT_ITEM, eventIdOf } from '../timeline/eventItem';

/** The steps' map views (the page carries the story's outline only): the map waits for them. */
async function loadStepViews(data: StoryData): Promise<void> {
  const response = await fetch(sitePath('/map-data/story.json'));
  if (!response.ok) throw new Error(`story.json: ${response.status}`);
  data.chapters = ((await response.json()) as StoryChaptersData).chapters;
}

const dataElement = document.getElementById('story-data');
const storyRoot = document.querySelector<HTMLElement>('.story');
const steps = [...document.querySelectorAll<HTMLElement>('[data-chapter] .step[data-step]')];

if (dataElement && storyRoot && steps.length > 0) {
  const data: StoryData = { eventViews: {}, ...(JSON.parse(dataElement.textContent ?? '{}') as StoryChaptersData) };
  setupMotionToggle(document.querySelector<HTMLButtonElement>('[data-motion-toggle]'));
  setupCitationNotes();
  const story = startStory(data, new Set([...document.querySelectorAll(EVENT_ITEM)].map(eventIdOf)));
  story.subscribe('progress', progressView(document.querySelector('[data-progress]')));

  const watcher = watchSteps(steps, (index) => {
    const step = steps[index];
    story.fromScroll(step.closest<HTMLElement>('[data-chapter]')!.dataset.chapter!, step.dataset.step!);
  });
  // While a deep link holds, the watcher's reports are ignored; once the reader moves, it reports afresh.
  story.onRelease(() => watcher.reset());

  setupKeyboard(story, data, storyRoot);
  trackInputModality();

  // MapLibre is heavy (about 300 KB compressed plus a worker): it loads, with the steps' map
  // views, when a step's card scrolls into view, never with the first view; until then the
  // static map stands in. Any card counts as reaching the story: a deep link may land on a later step.
  whenNear([...storyRoot.querySelectorAll('.step__card')], () => {
    signalMap('loading');
    return Promise.all([import('../map/mountMap'), loadStepViews(data)])
      .then(([{ mountMap }]) => mountMap())
      .then((apply) => (apply ? void story.subscribe('map', apply) : signalMap('static')))
      .catch((error) => {
        signalMap('static');
        console.warn('[story] the interactive map could not start; static maps remain', error);
      });
  });

  // For tests and tools (nothing reads it): the story has shown its first state and listens.
  document.documentElement.dataset.story = 'ready';
}
