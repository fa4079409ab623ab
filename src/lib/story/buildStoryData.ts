/** Computes, at build time, everything the browser needs to drive the graphics. */
import type { ContentSet } from '../content/integrity';
import { mapViewFor } from '../map/mapView';
import { timelineFocusFor } from '../time/timelineFocus';
import type { StoryData } from './storyState';

export function buildStoryData(content: ContentSet): StoryData {
  const places = new Map(content.places.map((p) => [p.id, p.data]));
  const eventViews: StoryData['eventViews'] = {};
  for (const e of content.events) {
    const located = e.data.places.filter((id) => places.get(id)?.provenance !== 'unlocated');
    if (located.length > 0) eventViews[e.id] = mapViewFor({ fit: located, highlight: e.data.places, rings: [], distancesTo: [] }, places);
  }
  return {
    chapters: content.chapters.map((c) => ({
      id: c.id,
      title: c.data.title,
      map: mapViewFor(c.data.map, places),
      timeline: timelineFocusFor(c.data.timeline),
    })),
    eventViews,
  };
}
