/** Computes, at build time, everything the browser needs to drive the graphics. */
import type { ContentSet } from '../content/integrity';
import { mapContext } from '../map/mapContext';
import { mapViewFor } from '../map/mapView';
import { timelineFocusFor } from '../time/timelineFocus';
import { chapterSteps } from '../build/chapterSteps';
import type { MapView } from '../map/mapView';
import type { StoryChapter, StoryChaptersData, StoryData } from './storyState';

/** The story as the pages use it: each chapter also has its overview map (static maps, embeds, cards). */
export interface StoryPageData {
  chapters: (StoryChapter & { map: MapView })[];
}

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
const built = new WeakMap<ContentSet, StoryPageData>();

export function buildStoryData(content: ContentSet): StoryPageData {
  const cached = built.get(content);
  if (cached) return cached;
  const places = new Map(content.places.map((p) => [p.id, p.data]));
  const context = mapContext(content);
  const data = {
    chapters: content.chapters.map((c) => {
      const map = mapViewFor(c.data.map, places, context);
      const { steps, authored } = chapterSteps(c.body ?? '', c.data.map);
      return {
        id: c.id,
        title: c.data.title,
        map,
        timeline: timelineFocusFor(c.data.timeline),
        // A chapter not yet written in steps is one step with the chapter's own map.
        steps: steps.map((s) => ({ id: s.id, map: authored ? mapViewFor(s.map, places, context) : map })),
      };
    }),
  };
  built.set(content, data);
  return data;
}

/**
 * What the story's script reads: each step's map, without the chapters' overview maps (the
 * script never shows them). Served as /map-data/story.json, fetched with the live map.
 */
export function storyDataForBrowser(data: StoryPageData): StoryChaptersData {
  return { chapters: data.chapters.map(({ id, title, timeline, steps }) => ({ id, title, timeline, steps })) };
}

/**
 * What the story page embeds for its script to start with: chapters, steps and timeline focus,
 * without the steps' map views (nine tenths of the data, and only the map needs them).
 */
export function storyOutline(data: StoryPageData): StoryChaptersData {
  return { chapters: data.chapters.map(({ id, title, timeline, steps }) => ({ id, title, timeline, steps: steps.map(({ id }) => ({ id })) })) };
}
