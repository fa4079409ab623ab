/**
 * The single source of truth for what the graphics show: a chapter and step (and optionally a
 * timeline event the reader picked) in, the complete state of map, timeline and URL out.
 * Every state is complete, never a delta, so jumping, resizing or scrolling back is safe.
 */
import type { MapView } from '../map/mapView';
import type { TimelineFocus } from '../time/timelineFocus';

/**
 * One step of a chapter as the browser needs it: its id (for links) and the map it shows. The
 * page embeds the ids only; the maps come with the map (/map-data/story.json, see main.ts).
 */
export interface StoryStep {
  id: string;
  map?: MapView;
}

/** A chapter as the page embeds it for the browser. */
export interface StoryChapter {
  id: string;
  title: string;
  timeline: TimelineFocus;
  /** At least one; a chapter written without steps is one step showing the chapter's map. */
  steps: StoryStep[];
}

/** The story's chapters as the page embeds them for the browser, computed at build time from content/. */
export interface StoryChaptersData {
  chapters: StoryChapter[];
}

/** Everything the state is computed from: the chapters, and the map views of events fetched when needed. */
export interface StoryData extends StoryChaptersData {
  /** Map views for timeline events that have places, keyed by event id. */
  eventViews: Record<string, MapView>;
}

export interface StorySelection {
  chapterId: string;
  /** A step of that chapter; its first step when absent or unknown. */
  stepId?: string;
  /** A timeline event the reader opened; its places take over the map. */
  eventId?: string;
}

export interface StoryState {
  chapterId: string;
  /** The chapter's place in the story (0-based) and the number of chapters. */
  index: number;
  total: number;
  title: string;
  stepId: string;
  /** The step's place in its chapter (0-based) and the chapter's number of steps. */
  stepIndex: number;
  stepTotal: number;
  eventId?: string;
  /** Absent until the steps' map views have loaded. */
  map?: MapView;
  timeline: TimelineFocus;
  /** The fragment the address bar should show. */
  hash: string;
}

export function storyState(data: StoryData, selection: StorySelection): StoryState {
  const index = Math.max(0, data.chapters.findIndex((c) => c.id === selection.chapterId));
  const chapter = data.chapters[index];
  const stepIndex = Math.max(0, chapter.steps.findIndex((s) => s.id === selection.stepId));
  const step = chapter.steps[stepIndex];
  const eventView = selection.eventId ? data.eventViews[selection.eventId] : undefined;
  const eventId = selection.eventId && eventView ? selection.eventId : undefined;
  return {
    chapterId: chapter.id,
    index,
    total: data.chapters.length,
    title: chapter.title,
    stepId: step.id,
    stepIndex,
    stepTotal: chapter.steps.length,
    eventId,
    map: eventView ?? step.map,
    timeline: eventId ? { ...chapter.timeline, selected: eventId } : chapter.timeline,
    hash: eventId ? `#event-${eventId}` : stepHash(chapter.id, stepIndex > 0 ? step.id : undefined),
  };
}

/** A chapter's address is `#chapter`; a later step's is `#chapter/step` (its first step is the chapter). */
export const stepHash = (chapterId: string, stepId?: string): string => (stepId ? `#${chapterId}/${stepId}` : `#${chapterId}`);

/** The chapter before or after, clamped to the story. */
export function neighbourChapter(data: StoryChaptersData, chapterId: string, step: 1 | -1): string {
  const index = data.chapters.findIndex((c) => c.id === chapterId);
  const next = Math.min(data.chapters.length - 1, Math.max(0, (index < 0 ? 0 : index) + step));
  return data.chapters[next].id;
}

/** The step before or after, across chapter boundaries, clamped to the story. */
export function neighbourStep(data: StoryChaptersData, from: { chapterId: string; stepId?: string }, by: 1 | -1): { chapterId: string; stepId: string } {
  const all = data.chapters.flatMap((c) => c.steps.map((s) => ({ chapterId: c.id, stepId: s.id })));
  const chapterAt = Math.max(0, data.chapters.findIndex((c) => c.id === from.chapterId));
  const chapter = data.chapters[chapterAt];
  const stepAt = Math.max(0, chapter.steps.findIndex((s) => s.id === from.stepId));
  const at = data.chapters.slice(0, chapterAt).reduce((n, c) => n + c.steps.length, 0) + stepAt;
  return all[Math.min(all.length - 1, Math.max(0, at + by))];
}

/** The first chapter whose timeline focus includes the event, if any. */
export function chapterTelling(data: StoryChaptersData, eventId: string): string | undefined {
  return data.chapters.find((c) => c.timeline.events.includes(eventId))?.id;
}
