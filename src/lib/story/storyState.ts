/**
 * The single source of truth for what the graphics show: a chapter id (and optionally a
 * timeline event the reader picked) in, the complete state of map, timeline and URL out.
 * Every state is complete, never a delta, so jumping, resizing or scrolling back is safe.
 */
import type { MapView } from '../map/mapView';
import type { TimelineFocus } from '../time/timelineFocus';

/** The story's chapters as the page embeds them for the browser, computed at build time from content/. */
export interface StoryChaptersData {
  chapters: { id: string; title: string; map: MapView; timeline: TimelineFocus }[];
}

/** Everything the state is computed from: the chapters, and the map views of events fetched when needed. */
export interface StoryData extends StoryChaptersData {
  /** Map views for timeline events that have places, keyed by event id. */
  eventViews: Record<string, MapView>;
}

export interface StorySelection {
  chapterId: string;
  /** A timeline event the reader opened; its places take over the map. */
  eventId?: string;
}

export interface StoryState {
  chapterId: string;
  index: number;
  total: number;
  title: string;
  eventId?: string;
  map: MapView;
  timeline: TimelineFocus;
  /** The fragment the address bar should show. */
  hash: string;
}

export function storyState(data: StoryData, selection: StorySelection): StoryState {
  const index = Math.max(0, data.chapters.findIndex((c) => c.id === selection.chapterId));
  const chapter = data.chapters[index];
  const eventView = selection.eventId ? data.eventViews[selection.eventId] : undefined;
  const eventId = selection.eventId && eventView ? selection.eventId : undefined;
  return {
    chapterId: chapter.id,
    index,
    total: data.chapters.length,
    title: chapter.title,
    eventId,
    map: eventView ?? chapter.map,
    timeline: eventId ? { ...chapter.timeline, selected: eventId } : chapter.timeline,
    hash: eventId ? `#event-${eventId}` : `#${chapter.id}`,
  };
}

/** The chapter before or after, clamped to the story. */
export function neighbourChapter(data: StoryData, chapterId: string, step: 1 | -1): string {
  const index = data.chapters.findIndex((c) => c.id === chapterId);
  const next = Math.min(data.chapters.length - 1, Math.max(0, (index < 0 ? 0 : index) + step));
  return data.chapters[next].id;
}

/** The first chapter whose timeline focus includes the event, if any. */
export function chapterTelling(data: StoryData, eventId: string): string | undefined {
  return data.chapters.find((c) => c.timeline.events.includes(eventId))?.id;
}
