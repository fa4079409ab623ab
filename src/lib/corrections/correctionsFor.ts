/**
 * Which corrections a reader should see where. A chapter shows a correction that names it, or
 * names something the chapter shows: an event or figure its text cites, a place on its map
 * (the chapter's or a step's fit, highlight, distances, strike paths) or a figure drawn as a range ring. An event shows the corrections
 * that name it. Corrections name no sources (their `sources` support the new version; they are
 * not what changed), and a site-wide correction (`site: true`) names no entry, so both are found
 * through what they do name, and always in the log and the feed.
 */
import type { Entry } from '../content/integrity';
import type { ChapterMeta, Correction } from '../content/schemas';
import { chapterCitedIds } from '../content/chapterNotes';
import { chapterSteps } from '../build/chapterSteps';

/** Newest first; corrections of the same day in file-name order, so the list never reshuffles. */
export function newestFirst(corrections: readonly Entry<Correction>[]): Entry<Correction>[] {
  return [...corrections].sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id));
}

export function correctionsForChapter(chapter: Entry<ChapterMeta>, corrections: readonly Entry<Correction>[]): Entry<Correction>[] {
  const cited = new Set(chapterCitedIds(chapter));
  // The chapter's overview map and every step's map.
  const maps = [chapter.data.map, ...chapterSteps(chapter.body ?? '', chapter.data.map).steps.map((s) => s.map)];
  const places = new Set(maps.flatMap((map) => [...map.fit, ...map.highlight, ...map.distancesTo, ...map.paths.flatMap((p) => [p.from, p.to])]));
  const figures = new Set([...maps.flatMap((map) => map.rings.map((r) => r.figure)), ...cited]);
  const affectsChapter = ({ affects }: Correction) =>
    affects.chapters.includes(chapter.id) ||
    affects.events.some((id) => cited.has(id)) ||
    affects.figures.some((id) => figures.has(id)) ||
    affects.places.some((id) => places.has(id));
  return newestFirst(corrections.filter((c) => affectsChapter(c.data)));
}

export function correctionsForEvent(eventId: string, corrections: readonly Entry<Correction>[]): Entry<Correction>[] {
  return newestFirst(corrections.filter((c) => c.data.affects.events.includes(eventId)));
}
