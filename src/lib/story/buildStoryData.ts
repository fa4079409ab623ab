/** Computes, at build time, everything the browser needs to drive the graphics. */
import type { ContentSet } from '../content/integrity';
import { mapContext } from '../map/mapContext';
import { mapViewFor } from '../map/mapView';
import { timelineFocusFor } from '../time/timelineFocus';
import type { StoryChaptersData, StoryData } from './storyState';

/** Places the map can frame: anything with a position or a shape (not the "unlocated" ones). */
export function mappablePlaces(content: Pick<ContentSet, 'places'>): Set<string> {
  return new Set(content.places.filter((p) => p.data.provenance !== 'unlocated').map((p) => p.id));
}

/**
 * Map views for the timeline events that have places. Served as a file of its own
 * (/map-data/event-views.json) that the story fetches when a reader first opens or links to an
 * event: it is a third of the story's data and most readers never need it.
 */
export function eventViews(content: ContentSet): StoryData['eventViews'] {
  const places = new Map(content.places.map((p) => [p.id, p.data]));
  const context = mapContext(content);
  const mappable = mappablePlaces(content);
  const views: StoryData['eventViews'] = {};
  for (const e of content.events) {
    const located = e.data.places.filter((id) => mappable.has(id));
    if (located.length > 0) views[e.id] = mapViewFor({ fit: located, highlight: e.data.places, rings: [], distancesTo: [], paths: [] }, places, context);
  }
  return views;
}

/**
 * Every page and embed that shows the story asks for the same data from the same content (loadContent
 * loads it once per build): compute it once per content set. Callers must treat it as read-only.
 */
const built = new WeakMap<ContentSet, StoryChaptersData>();

export function buildStoryData(content: ContentSet): StoryChaptersData {
  const cached = built.get(content);
  if (cached) return cached;
  const places = new Map(content.places.map((p) => [p.id, p.data]));
  const context = mapContext(content);
  const data = {
    chapters: content.chapters.map((c) => ({
      id: c.id,
      title: c.data.title,
      map: mapViewFor(c.data.map, places, context),
      timeline: timelineFocusFor(c.data.timeline),
    })),
  };
  built.set(content, data);
  return data;
}
