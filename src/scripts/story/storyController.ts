/**
 * The one story controller. It owns what the story shows (chapter, step and the event a reader
 * picked), reads the address once at start, and is the only module that writes the address.
 * Inputs (scroll, keyboard, the timeline, presenter mode) ask it to move; views (progress, map,
 * timeline, address bar) subscribe and get one complete StoryState on every change.
 *
 * The address a reader arrived with (an event link, a step link) is kept until the reader moves:
 * landing, the page scrolls, fonts and the map settle and the story's geometry passes other
 * steps; following those would lose the link the reader was given and the map it promised.
 */
import { sitePath } from '../../lib/publishing/siteAddress';
import { chapterTelling, neighbourStep, storyState, type StoryData, type StorySelection, type StoryState } from '../../lib/story/storyState';
import { readLocation, type LocationRequest } from '../../lib/url/readLocation';
import { prefersReducedMotion } from './motion';
import type { RenderOptions, ViewApplier } from './render';

export interface StoryController {
  /** What the story shows now. */
  readonly state: StoryState;
  /** What the address asked for when the page opened (read once). */
  readonly request: LocationRequest;
  /** Applies the current state at once (without animation), then every change. Returns an unsubscribe. */
  subscribe(name: string, view: ViewApplier): () => void;
  /** The scroll watcher's report: the step on screen. Ignored while a deep link holds. */
  fromScroll(chapterId: string, stepId: string): void;
  /** Moves to a step (or a chapter's first step), scrolls it into view and moves focus there. */
  goTo(to: { chapterId: string; stepId?: string }, focus?: 'step' | 'heading'): void;
  /** The step before or after the current one (or `from`), across chapters. */
  step(by: 1 | -1, from?: { chapterId: string; stepId?: string }): void;
  /** The timeline opened an event: its places take over the map where the reader is. */
  selectEvent(eventId: string): void;
  /** "Show on the map": the chapter telling the event, with the event's places, at once. */
  showEventOnMap(eventId: string): void;
  /** Presenter mode: `?present` in the address, and the scroll no longer moves the story (slides do). */
  setPresenting(on: boolean): void;
  /** Called when the reader first moves after a deep link (the watcher reports again). */
  onRelease(callback: () => void): void;
}

const READER_INPUT = ['wheel', 'touchmove', 'keydown', 'pointerdown'] as const;

let current: StoryController | undefined;
const waiting: ((story: StoryController) => void)[] = [];

/** Runs `callback` with the story's controller once it has started (at once if it has). Pages without a story never call it. */
export function onStory(callback: (story: StoryController) => void): void {
  if (current) callback(current);
  else waiting.push(callback);
}

const stepElement = (chapterId: string, stepId: string) => document.getElementById(`${chapterId}/${stepId}`);

function scrollToElement(element: Element | null, behavior: ScrollBehavior = prefersReducedMotion() ? 'instant' : 'smooth') {
  element?.scrollIntoView({ behavior, block: 'start' });
}

export function startStory(data: StoryData, knownEvents: ReadonlySet<string>): StoryController {
  const known = {
    chapters: new Set(data.chapters.map((c) => c.id)),
    events: knownEvents,
    steps: new Set(data.chapters.flatMap((c) => c.steps.map((s) => `${c.id}/${s.id}`))),
  };
  const isStoryHash = (hash: string) => {
    const request = readLocation(hash, '', known);
    return Boolean(request.chapterId || request.eventId);
  };
  const request = readLocation(location.hash, location.search, known);

  const views = new Map<string, ViewApplier>();
  let selection: StorySelection = { chapterId: data.chapters[0].id };
  let state = storyState(data, selection);
  const apply = (name: string, view: ViewApplier, options: RenderOptions) => {
    try {
      view(state, options);
    } catch (error) {
      // One broken view must not take the others (or the article) down with it.
      console.warn(`[story] view "${name}" failed`, error);
    }
  };

  // The address a reader arrived with holds until the reader moves; a story address (chapter,
  // step, event) also holds what the story shows, while #timeline or #main leaves that to the scroll.
  let held = location.hash !== '';
  // Slides show one step at a time: the watcher's geometry over hidden steps means nothing.
  let presenting = false;
  let stateHeld = Boolean(request.chapterId || request.eventId);
  const releases: (() => void)[] = [];
  if (held) {
    const release = () => {
      held = false;
      stateHeld = false;
      for (const type of READER_INPUT) window.removeEventListener(type, release, true);
      for (const callback of releases.splice(0)) callback();
    };
    for (const type of READER_INPUT) window.addEventListener(type, release, { capture: true, passive: true });
  }
  const writeAddress = () => {
    if (held || location.hash === state.hash) return;
    // A reader who came for #timeline, a source note or #main keeps that address.
    if (location.hash && !isStoryHash(location.hash)) return;
    history.replaceState(history.state, '', `${location.pathname}${location.search}${state.hash}`);
  };

  const show = (next: StorySelection, animate: boolean) => {
    selection = next;
    state = storyState(data, selection);
    const options = { animate: animate && !prefersReducedMotion() };
    for (const [name, view] of views) apply(name, view, options);
    writeAddress();
  };

  // The timeline events' map views are a file of their own, fetched for the first event a reader
  // opens or links to; an event without a view leaves the step's map.
  let eventViewsLoaded: Promise<void> | undefined;
  const withEventView = (eventId: string, onView: () => void) => {
    eventViewsLoaded ??= fetch(sitePath('/map-data/event-views.json'))
      .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`event-views.json: ${r.status}`))))
      .then((views: StoryData['eventViews']) => void (data.eventViews = views))
      .catch((error) => console.warn('[story] map views of events unavailable; chapters keep their maps', error));
    void eventViewsLoaded.then(() => data.eventViews[eventId] && onView());
  };

  const focusAfterScroll = (element: HTMLElement | null) => element?.focus({ preventScroll: true });

  const controller: StoryController = {
    get state() {
      return state;
    },
    request,
    subscribe(name, view) {
      // The data may have gained the steps' map views since the state was computed (main.ts).
      state = storyState(data, selection);
      views.set(name, view);
      apply(name, view, { animate: false });
      return () => void views.delete(name);
    },
    fromScroll(chapterId, stepId) {
      if (stateHeld || presenting) return;
      // A selected event holds the map until the reader moves to another step.
      if (chapterId !== selection.chapterId || stepId !== state.stepId) show({ chapterId, stepId }, true);
    },
    goTo(to, focus = 'step') {
      show({ chapterId: to.chapterId, stepId: to.stepId }, true);
      const target = to.stepId ? stepElement(to.chapterId, to.stepId) : document.getElementById(to.chapterId);
      scrollToElement(target);
      focusAfterScroll(focus === 'heading' || !to.stepId ? document.getElementById(`${to.chapterId}-title`) : target);
    },
    step(by, from = state) {
      controller.goTo(neighbourStep(data, from, by));
    },
    selectEvent(eventId) {
      withEventView(eventId, () => show({ ...selection, eventId }, true));
    },
    showEventOnMap(eventId) {
      withEventView(eventId, () => {
        const chapterId = chapterTelling(data, eventId) ?? selection.chapterId;
        const first = data.chapters.find((c) => c.id === chapterId)!.steps[0].id;
        show({ chapterId, stepId: first, eventId }, false);
        // An instant jump: a smooth scroll would pass other steps and replace the event's view.
        scrollToElement(stepElement(chapterId, first), 'instant');
        focusAfterScroll(document.getElementById(`${chapterId}-title`));
      });
    },
    setPresenting(on) {
      presenting = on;
      const url = new URL(location.href);
      if (on) url.searchParams.set('present', '');
      else url.searchParams.delete('present');
      history.replaceState(history.state, '', url.href.replace(/\?present=(?=#|$)/, '?present'));
    },
    onRelease(callback) {
      if (stateHeld) releases.push(callback);
    },
  };

  // A deep link shows its state at once, without replaying the chapters before it (an event's
  // places follow as soon as its view has loaded, unless the reader has moved on).
  if (request.eventId) {
    const { eventId } = request;
    const chapterId = chapterTelling(data, eventId) ?? selection.chapterId;
    show({ chapterId }, false);
    withEventView(eventId, () => selection.chapterId === chapterId && !selection.eventId && show({ ...selection, eventId }, false));
  } else if (request.chapterId) show({ chapterId: request.chapterId, stepId: request.stepId }, false);

  current = controller;
  for (const callback of waiting.splice(0)) callback(controller);
  return controller;
}
