/** Computes, at build time, everything the browser needs to drive the graphics. */
import type { ContentSet } from '../content/integrity';
import { mapContext } from '../map/mapContext';
import { mapViewFor } from '../map/mapView';
import { timelineFocusFor } from '../time/timelineFocus';
import type { StoryData } from './storyState';

/** Places the map can frame: anything with a position or a shape (not the "unlocated" ones). */
export function mappablePlaces(content: Pick<ContentSet, 'places'>): Set<string> {
  return new Set(content.places.filter((p) => p.data.provenance !== 'unlocated').map((p) => p.id));
}

export function buildStoryData(content: ContentSet): StoryData {
  const places = new Map(content.places.map((p) => [p.id, p.data]));
  const context = mapContext(content);
  const mappable = mappablePlaces(content);
  const eventViews: StoryData['eventViews'] = {};
  for (const e of content.events) {
    const located = e.data.places.filter((id) => mappable.has(id));
    if (located.length > 0) eventViews[e.id] = mapViewFor({ fit: located, highlight: e.data.places, rings: [], distancesTo: [] }, places, context);
  }
  return {
    chapters: content.chapters.map((c) => ({
      id: c.id,
      title: c.data.title,
      map: mapViewFor(c.data.map, places, context),
      timeline: timelineFocusFor(c.data.timeline),
    })),
    eventViews,
  };
}
